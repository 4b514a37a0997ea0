package id.aduan.complaint;

import java.time.Instant;

/**
 * A file the citizen sent with the report (a photo): the channel's file id, where the bot stored it (a key under
 * the media directory), its size and content type, and when it was received. {@code problem} says why the file is
 * missing when it could not be kept ({@link #TOO_LARGE}, {@link #DOWNLOAD_FAILED}, {@link #NOT_DOWNLOADED}); the
 * complaint is kept either way.
 */
public record Attachment(String id, String fileId, String storedKey, Long size, String contentType,
                         Instant receivedAt, String problem) {

    /** Larger than the 20 MB a bot may download. */
    public static final String TOO_LARGE = "too-large";
    /** The download failed. */
    public static final String DOWNLOAD_FAILED = "download-failed";
    /** No copy was found (the channel keeps no files, or it was never fetched). */
    public static final String NOT_DOWNLOADED = "not-downloaded";

    public boolean missing() {
        return storedKey == null;
    }
}
