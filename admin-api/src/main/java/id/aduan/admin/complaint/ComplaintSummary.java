package id.aduan.admin.complaint;

import java.time.Instant;

/** One row of the officers' list; flags citizens who cannot be reached and notifications that failed. */
public record ComplaintSummary(String ticket, Labelled status, DeadlineView deadline, Labelled category,
                               Labelled agency, String title, String privacy, boolean hasPhotos, Instant createdAt,
                               Instant updatedAt, boolean citizenUnreachable, long failedNotifications) {
}
