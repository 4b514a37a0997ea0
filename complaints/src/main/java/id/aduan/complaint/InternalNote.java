package id.aduan.complaint;

import java.time.Instant;

/** A note officers leave for each other on a complaint; the citizen never sees it. */
public record InternalNote(Instant at, String officer, String text) {
}
