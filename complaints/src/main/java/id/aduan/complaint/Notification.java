package id.aduan.complaint;

import java.time.Instant;

import id.aduan.models.status.ComplaintStatus;

/**
 * A message owed to a citizen because something happened to the complaint (its outbox entry). It is stored in
 * the same document write as the change that causes it, so neither exists without the other; the bot renders
 * the Indonesian text when it delivers it. {@code status} is null for a message that is not about a status change.
 * {@code recipient} is {@code null} for the reporter and names the chat of a {@link Follower} otherwise.
 */
public record Notification(String id, Instant createdAt, ComplaintStatus status, String note,
                           NotificationState state, int attempts, Instant nextAttemptAt, Instant sentAt,
                           Long messageId, String lastError, ChatRef recipient) {

    static Notification statusChanged(String id, Instant at, ComplaintStatus status, String note) {
        return new Notification(id, at, status, note, NotificationState.PENDING, 0, at, null, null, null, null);
    }

    static Notification toFollower(String id, Instant at, ComplaintStatus status, String note, ChatRef follower) {
        return new Notification(id, at, status, note, NotificationState.PENDING, 0, at, null, null, null, follower);
    }

    /** True when this goes to a follower, not to the reporter (no questions, no "Sudah beres?" buttons). */
    public boolean forFollower() {
        return recipient != null;
    }

    /** A message not about a status change (e.g. the answer to a deletion request): no status, maybe a note. */
    static Notification about(String id, Instant at, String note) {
        return new Notification(id, at, null, note, NotificationState.PENDING, 0, at, null, null, null, null);
    }
}
