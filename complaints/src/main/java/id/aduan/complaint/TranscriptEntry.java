package id.aduan.complaint;

import java.time.Instant;

/** One message of the conversation behind a complaint, as it was said. */
public record TranscriptEntry(Instant at, Speaker speaker, String text) {
}
