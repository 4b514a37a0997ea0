package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The complaints' outbox, seen from the sender: finds due notifications and records each delivery attempt with a
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
     * earlier one of the same complaint is still pending (being retried or in a sender's hands), so a citizen never
     * hears "selesai" before "terverifikasi".
     */
    public List<DueNotification> due(Instant now, int limit) {
        Query q = query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()).and("nextAttemptAt").lte(now)))
                .with(Sort.by("updatedAt")).limit(limit);
        List<DueNotification> due = new ArrayList<>();
        for (Complaint complaint : mongo.find(q, Complaint.class)) {
            for (Notification n : complaint.notifications()) {
                if (n.state() != NotificationState.PENDING) {
                    continue;
                }
                if (n.nextAttemptAt().isAfter(now)) {
                    break; // later ones wait for this one
                }
                due.add(new DueNotification(complaint.id(), complaint.ticket(), complaint.reporter().chat(), n));
            }
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
        return resumed;
    }

    /** Pending notifications not yet sent, across all complaints (the backlog shown in health). */
    public long backlog() {
        return mongo.count(query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()))), Complaint.class);
    }

    public void markSent(DueNotification due, Long messageId, Instant at) {
        update(due, new Update().set("notifications.$.state", NotificationState.SENT.name())
                .set("notifications.$.sentAt", at).set("notifications.$.messageId", messageId)
                .inc("notifications.$.attempts", 1));
    }

    public void retryLater(DueNotification due, Instant nextAttempt, String error) {
        update(due, new Update().set("notifications.$.nextAttemptAt", nextAttempt)
                .set("notifications.$.lastError", error).inc("notifications.$.attempts", 1));
    }

    public void markFailed(DueNotification due, NotificationState state, String error) {
        if (state == NotificationState.UNREACHABLE) {
            markCitizenUnreachable(due.chat());
        }
        update(due, new Update().set("notifications.$.state", state.name())
                .set("notifications.$.lastError", error).inc("notifications.$.attempts", 1));
    }

    private void update(DueNotification due, Update update) {
        mongo.updateFirst(query(where("_id").is(due.complaintId()).and("notifications.id").is(due.notification().id())),
                update.inc("version", 1), Complaint.class);
    }
}
