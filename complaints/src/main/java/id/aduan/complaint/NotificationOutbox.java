package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The complaints' outbox (and the answers to deletion requests, kept in each request), seen from the sender: finds due notifications and records each delivery attempt with a
 * single-document update of that notification. Every update bumps the complaint's version, so an officer's save
 * based on an older copy fails instead of resurrecting a sent notification as pending.
 *
 * <p>A complaint's notification is changed as a compare-and-set on the complaint's version (ADR 0021): read the
 * complaint by id, check the notification in Java, and update it only if the complaint still has the version read;
 * if someone saved it meanwhile, read it again. Both the read ({@code _id}) and the update ({@code _id} + {@code
 * version}, the versioned save's own lookup) are index lookups on the embedded store too, where a query on a field of
 * the notifications reads the whole collection. On the embedded store the complaints that owe a notification are
 * also known without a query ({@link PendingNotifications}).
 */
@Component
public class NotificationOutbox {

    /** Compare-and-set rounds before giving up on a complaint that keeps changing under us. */
    private static final int ATTEMPTS = 10;
    /** Fields the sender never needs; left out when due complaints are read. */
    private static final String[] NOT_NEEDED = {"transcript", "timeline", "internalNotes", "suggestion"};

    private final MongoOperations mongo;
    /** Set on the embedded store only; with a real MongoDB the store is queried. */
    private final PendingNotifications pending;

    public NotificationOutbox(MongoOperations mongo, ObjectProvider<PendingNotifications> pending) {
        this.mongo = mongo;
        this.pending = pending.getIfAvailable();
    }

    /**
     * Pending notifications due at {@code now}, oldest complaint update first. A notification waits while an
     * earlier one of the same complaint to the same chat is still pending (being retried or in a sender's hands), so a citizen never
     * hears "selesai" before "terverifikasi".
     */
    public List<DueNotification> due(Instant now, int limit) {
        List<DueNotification> due = new ArrayList<>();
        for (Complaint complaint : complaintsDue(now, limit)) {
            Set<ChatRef> waiting = new HashSet<>();
            for (Notification n : complaint.notifications()) {
                if (n.state() != NotificationState.PENDING) {
                    continue;
                }
                ChatRef to = n.forFollower() ? n.recipient() : complaint.reporter().chat();
                if (waiting.contains(to) || n.nextAttemptAt().isAfter(now)) {
                    waiting.add(to); // later ones to the same chat wait for this one
                    continue;
                }
                due.add(new DueNotification(complaint.id(), complaint.ticket(), to, n));
            }
        }
        Query requests = query(where("notification.state").is(NotificationState.PENDING.name())
                .and("notification.nextAttemptAt").lte(now)).limit(limit);
        for (DataDeletionRequest r : mongo.find(requests, DataDeletionRequest.class)) {
            due.add(new DueNotification(r.id(), null, r.chat(), r.notification(),
                    r.state() == DeletionRequestState.DITOLAK ? DueNotification.Subject.DATA_DELETION_REFUSED
                            : DueNotification.Subject.DATA_DELETED));
        }
        return due;
    }

    /**
     * Complaints with a notification due at {@code now}: on the embedded store those the in-process record names,
     * each read by id (which also corrects the record); otherwise a query (an index serves it on a real MongoDB).
     */
    private List<Complaint> complaintsDue(Instant now, int limit) {
        if (pending == null) {
            Query q = query(where("notifications").elemMatch(
                    where("state").is(NotificationState.PENDING.name()).and("nextAttemptAt").lte(now)))
                    .with(Sort.by("updatedAt")).limit(limit);
            return mongo.find(q, Complaint.class);
        }
        List<String> ids = pending.due(now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Query byId = query(where("_id").in(ids));
        byId.fields().exclude(NOT_NEEDED);
        List<Complaint> found = mongo.find(byId, Complaint.class);
        Set<String> seen = new HashSet<>();
        for (Complaint complaint : found) {
            seen.add(complaint.id());
            pending.observe(complaint);
        }
        ids.stream().filter(id -> !seen.contains(id)).forEach(pending::forget);
        return found;
    }

    /**
     * Claims a due notification for one delivery attempt: moves its next attempt {@code lease} ahead in a
     * conditional single-document update, so two senders (two instances, or two rounds) never both send it. Returns
     * false when another sender claimed it first. If the sender dies mid-attempt, the claim runs out and it is due
     * again.
     */
    public boolean claim(DueNotification due, Instant now, Duration lease) {
        if (due.aboutDeletionRequest()) {
            Query q = query(where("_id").is(due.complaintId()).and("notification.id").is(due.notification().id())
                    .and("notification.state").is(NotificationState.PENDING.name())
                    .and("notification.nextAttemptAt").lte(now));
            return mongo.updateFirst(q, new Update().set("notification.nextAttemptAt", now.plus(lease)),
                    DataDeletionRequest.class).getModifiedCount() == 1;
        }
        return change(due, n -> n.state() == NotificationState.PENDING && !n.nextAttemptAt().isAfter(now)
                ? copy(n, n.state(), n.attempts(), now.plus(lease), n.sentAt(), n.messageId(), n.lastError())
                : null, false);
    }

    /** The citizen blocked the bot: flags every complaint of the chat as "warga tidak dapat dihubungi". */
    public int markCitizenUnreachable(ChatRef chat) {
        return (int) mongo.updateMulti(query(where("reporter.chat.channel").is(chat.channel().name())
                        .and("reporter.chat.chatId").is(chat.chatId())),
                new Update().set("citizenUnreachable", true).inc("version", 1), Complaint.class).getModifiedCount();
    }

    /**
     * The citizen unblocked the bot: clears the flag and makes the notifications that could not reach them due
     * again. Returns how many notifications were resumed.
     */
    public int resumeForChat(ChatRef chat, Instant now) {
        Query ofChat = query(where("reporter.chat.channel").is(chat.channel().name())
                .and("reporter.chat.chatId").is(chat.chatId()));
        int resumed = 0;
        for (Complaint complaint : mongo.find(ofChat, Complaint.class)) {
            for (Notification n : complaint.notifications()) {
                if (n.state() == NotificationState.UNREACHABLE && change(new DueNotification(complaint.id(),
                        complaint.ticket(), chat, n), current ->
                        current.state() != NotificationState.UNREACHABLE ? null
                                : copy(current, NotificationState.PENDING, current.attempts(), now, current.sentAt(),
                                        current.messageId(), current.lastError()), false)) {
                    resumed++;
                }
            }
        }
        mongo.updateMulti(ofChat, new Update().set("citizenUnreachable", false).inc("version", 1), Complaint.class);
        resumed += (int) mongo.updateMulti(query(where("chat.channel").is(chat.channel().name())
                        .and("chat.chatId").is(chat.chatId())
                        .and("notification.state").is(NotificationState.UNREACHABLE.name())),
                new Update().set("notification.state", NotificationState.PENDING.name())
                        .set("notification.nextAttemptAt", now), DataDeletionRequest.class).getModifiedCount();
        return resumed;
    }

    /** Pending notifications not yet sent, across all complaints and deletion requests (the backlog in health). */
    public long backlog() {
        long ofComplaints = pending != null ? pending.backlog() : mongo.count(query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()))), Complaint.class);
        return ofComplaints + mongo.count(query(where("notification.state").is(NotificationState.PENDING.name())),
                        DataDeletionRequest.class);
    }

    public void markSent(DueNotification due, Long messageId, Instant at) {
        if (due.aboutDeletionRequest()) {
            updateRequest(due, new Update().set("notification.state", NotificationState.SENT.name())
                    .set("notification.sentAt", at).set("notification.messageId", messageId)
                    .inc("notification.attempts", 1));
            return;
        }
        change(due, n -> copy(n, NotificationState.SENT, n.attempts() + 1, n.nextAttemptAt(), at, messageId,
                n.lastError()), true);
    }

    public void retryLater(DueNotification due, Instant nextAttempt, String error) {
        if (due.aboutDeletionRequest()) {
            updateRequest(due, new Update().set("notification.nextAttemptAt", nextAttempt)
                    .set("notification.lastError", error).inc("notification.attempts", 1));
            return;
        }
        change(due, n -> copy(n, n.state(), n.attempts() + 1, nextAttempt, n.sentAt(), n.messageId(), error), true);
    }

    public void markFailed(DueNotification due, NotificationState state, String error) {
        if (state == NotificationState.UNREACHABLE) {
            markCitizenUnreachable(due.chat());
        }
        if (due.aboutDeletionRequest()) {
            updateRequest(due, new Update().set("notification.state", state.name())
                    .set("notification.lastError", error).inc("notification.attempts", 1));
            return;
        }
        change(due, n -> copy(n, state, n.attempts() + 1, n.nextAttemptAt(), n.sentAt(), n.messageId(), error),
                true);
    }

    private void updateRequest(DueNotification due, Update update) {
        mongo.updateFirst(query(where("_id").is(due.complaintId()).and("notification.id")
                .is(due.notification().id())), update, DataDeletionRequest.class);
    }

    /**
     * Changes a complaint's notification as a compare-and-set on the complaint's version: reads the complaint by id,
     * asks {@code change} for the notification as it should be after the change, given how it is now (null: no
     * change, it no longer applies), and writes its delivery fields only if the complaint still has the version read,
     * bumping the version. A complaint saved meanwhile
     * (an officer's action, or the sender of another of its notifications) is read again. Returns true when the
     * change was written; false when the complaint or the notification is gone or the change no longer applies.
     * After {@value #ATTEMPTS} conflicting rounds it gives up: with false, or when {@code mustWrite}, by throwing.
     */
    private boolean change(DueNotification due, UnaryOperator<Notification> change, boolean mustWrite) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query byId = query(where("_id").is(due.complaintId()));
            byId.fields().exclude(NOT_NEEDED); // the notifications and the version are what this reads
            Complaint complaint = mongo.findOne(byId, Complaint.class);
            if (complaint == null) {
                return false;
            }
            List<Notification> all = new ArrayList<>(complaint.notifications());
            int index = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(due.notification().id())) {
                    index = i;
                }
            }
            if (index < 0) {
                return false;
            }
            Notification after = change.apply(all.get(index));
            if (after == null) {
                return false;
            }
            Update update = deliveryFields("notifications." + index + ".", after);
            Query unchanged = query(where("_id").is(complaint.id()).and("version").is(complaint.version()));
            if (mongo.updateFirst(unchanged, update.inc("version", 1), Complaint.class).getModifiedCount() == 1) {
                if (pending != null) {
                    all.set(index, after);
                    pending.observe(complaint.id(), complaint.version() == null ? 1 : complaint.version() + 1, all);
                }
                return true;
            }
            if (attempt > 0) {
                sleepAFew();
            }
        }
        if (mustWrite) {
            throw new OptimisticLockingFailureException("complaint " + due.complaintId()
                    + " kept changing; notification " + due.notification().id() + " not recorded");
        }
        return false;
    }

    /** What delivery changes in a notification: state, attempts, next attempt, sent time, message id, last error. */
    private static Update deliveryFields(String prefix, Notification n) {
        Update update = new Update().set(prefix + "state", n.state().name()).set(prefix + "attempts", n.attempts())
                .set(prefix + "nextAttemptAt", n.nextAttemptAt());
        if (n.sentAt() != null) {
            update.set(prefix + "sentAt", n.sentAt());
        }
        if (n.messageId() != null) {
            update.set(prefix + "messageId", n.messageId());
        }
        if (n.lastError() != null) {
            update.set(prefix + "lastError", n.lastError());
        }
        return update;
    }

    private static void sleepAFew() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Notification copy(Notification n, NotificationState state, int attempts, Instant nextAttemptAt,
                                     Instant sentAt, Long messageId, String lastError) {
        return new Notification(n.id(), n.createdAt(), n.status(), n.note(), state, attempts, nextAttemptAt, sentAt,
                messageId, lastError, n.recipient(), n.mergedInto());
    }
}
