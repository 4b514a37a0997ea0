package id.aduan.admin.complaint;

import java.time.Instant;

/** One row of the officers' list. */
public record ComplaintSummary(String ticket, Labelled status, DeadlineView deadline, Labelled category,
                               Labelled agency, String title,
                               String privacy, boolean hasPhotos, Instant createdAt, Instant updatedAt) {
}
