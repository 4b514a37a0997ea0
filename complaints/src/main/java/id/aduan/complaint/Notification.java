package id.aduan.complaint;

import java.time.Instant;

import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.ticket.TicketNumber;

/**
 * A message owed to a citizen because something happened to the complaint (its outbox entry). It is stored in
 * the same document write as the change that causes it, so neither exists without the other; the bot renders
 * the Indonesian text when it delivers it. {@code status} is null for a message that is not about a status change.
 * {@code recipient} is {@code null} for the reporter and names the chat of a {@link Follower} otherwise.
 * {@code mergedInto} is set when the complaint was merged into another one as a duplicate: the news then says
 * where further updates will come from.
 */
public record Notification(String id, Instant createdAt, ComplaintStatus status, String note,
                           NotificationState state, int attempts, Instant nextAttemptAt, Instant sentAt,
                           Long messageId, String lastError, ChatRef recipient, TicketNumber mergedInto) {

    static Notification statusChanged(String id, Instant at, ComplaintStatus status, String note) {
        return new Notification(id, at, status, note, NotificationState.PENDING, 0, at, null, null, null, null,
                null);
    }

    static Notification toFollower(String id, Instant at, ComplaintStatus status, String note, ChatRef follower) {
        return new Notification(id, at, status, note, NotificationState.PENDING, 0, at, null, null, null, follower,
                null);
    }

    /** The complaint was merged into {@code target}; {@code recipient} null for the reporter. */
    static Notification merged(String id, Instant at, String note, TicketNumber target, ChatRef recipient) {
        return new Notification(id, at, ComplaintStatus.DIARSIPKAN, note, NotificationState.PENDING, 0, at, null,
                null, null, recipient, target);
    }

    /** True when this says the complaint was merged into another one. */
    public boolean merged() {
        return mergedInto != null;
    }

    /** True when this goes to a follower, not to the reporter (no questions, no "Sudah beres?" buttons). */
    public boolean forFollower() {
        return recipient != null;
    }

    /** A message not about a status change (e.g. the answer to a deletion request): no status, maybe a note. */
    static Notification about(String id, Instant at, String note) {
        return new Notification(id, at, null, note, NotificationState.PENDING, 0, at, null, null, null, null, null);
    }
}
