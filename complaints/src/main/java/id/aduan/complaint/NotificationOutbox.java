package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The complaints' outbox (and the answers to deletion requests, kept in each request), seen from the sender: finds due notifications and records each delivery attempt with a
 * single-document update of that notification. Every update bumps the complaint's version, so an officer's save
 * based on an older copy fails instead of resurrecting a sent notification as pending.
 */
@Component
public class NotificationOutbox {

    private final MongoOperations mongo;

    public NotificationOutbox(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Pending notifications due at {@code now}, oldest complaint update first. A notification waits while an
     * earlier one of the same complaint to the same chat is still pending (being retried or in a sender's hands), so a citizen never
     * hears "selesai" before "terverifikasi".
     */
    public List<DueNotification> due(Instant now, int limit) {
        Query q = query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()).and("nextAttemptAt").lte(now)))
                .with(Sort.by("updatedAt")).limit(limit);
        List<DueNotification> due = new ArrayList<>();
        for (Complaint complaint : mongo.find(q, Complaint.class)) {
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
     * Claims a due notification for one delivery attempt: moves its next attempt {@code lease} ahead in a
     * conditional single-document update, so two senders (two instances, or two rounds) never both send it. Returns
     * false when another sender claimed it first. If the sender dies mid-attempt, the claim runs out and it is due
     * again.
     */
    public boolean claim(DueNotification due, Instant now, java.time.Duration lease) {
        if (due.aboutDeletionRequest()) {
            Query q = query(where("_id").is(due.complaintId()).and("notification.id").is(due.notification().id())
                    .and("notification.state").is(NotificationState.PENDING.name())
                    .and("notification.nextAttemptAt").lte(now));
            return mongo.updateFirst(q, new Update().set("notification.nextAttemptAt", now.plus(lease)),
                    DataDeletionRequest.class).getModifiedCount() == 1;
        }
        // Notifications are only ever appended, so the index read with the complaint still addresses the same one;
        // the element is named by index because the positional operator cannot follow an $elemMatch here.
        Complaint complaint = mongo.findById(due.complaintId(), Complaint.class);
        if (complaint == null) {
            return false;
        }
        List<Notification> all = complaint.notifications();
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(due.notification().id())) {
                index = i;
            }
        }
        if (index < 0) {
            return false;
        }
        String at = "notifications." + index + ".";
        Query q = query(where("_id").is(due.complaintId()).and(at + "id").is(due.notification().id())
                .and(at + "state").is(NotificationState.PENDING.name()).and(at + "nextAttemptAt").lte(now));
        return mongo.updateFirst(q, new Update().set(at + "nextAttemptAt", now.plus(lease)).inc("version", 1),
                Complaint.class).getModifiedCount() == 1;
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
                if (n.state() == NotificationState.UNREACHABLE) {
                    mongo.updateFirst(query(where("_id").is(complaint.id()).and("notifications.id").is(n.id())),
                            new Update().set("notifications.$.state", NotificationState.PENDING.name())
                                    .set("notifications.$.nextAttemptAt", now).inc("version", 1), Complaint.class);
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
        return mongo.count(query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()))), Complaint.class)
                + mongo.count(query(where("notification.state").is(NotificationState.PENDING.name())),
                        DataDeletionRequest.class);
    }

    public void markSent(DueNotification due, Long messageId, Instant at) {
        String n = field(due);
        update(due, new Update().set(n + "state", NotificationState.SENT.name())
                .set(n + "sentAt", at).set(n + "messageId", messageId)
                .inc(n + "attempts", 1));
    }

    public void retryLater(DueNotification due, Instant nextAttempt, String error) {
        String n = field(due);
        update(due, new Update().set(n + "nextAttemptAt", nextAttempt)
                .set(n + "lastError", error).inc(n + "attempts", 1));
    }

    public void markFailed(DueNotification due, NotificationState state, String error) {
        if (state == NotificationState.UNREACHABLE) {
            markCitizenUnreachable(due.chat());
        }
        String n = field(due);
        update(due, new Update().set(n + "state", state.name())
                .set(n + "lastError", error).inc(n + "attempts", 1));
    }

    /** The notification's fields: the matched element of a complaint's list, or a deletion request's one. */
    private static String field(DueNotification due) {
        return due.aboutDeletionRequest() ? "notification." : "notifications.$.";
    }

    private void update(DueNotification due, Update update) {
        if (due.aboutDeletionRequest()) {
            mongo.updateFirst(query(where("_id").is(due.complaintId()).and("notification.id")
                    .is(due.notification().id())), update, DataDeletionRequest.class);
            return;
        }
        mongo.updateFirst(query(where("_id").is(due.complaintId()).and("notifications.id").is(due.notification().id())),
                update.inc("version", 1), Complaint.class);
    }
}
