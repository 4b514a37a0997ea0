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

    /** Pending notifications due at {@code now}, oldest complaint update first. */
    public List<DueNotification> due(Instant now, int limit) {
        Query q = query(where("notifications").elemMatch(
                where("state").is(NotificationState.PENDING.name()).and("nextAttemptAt").lte(now)))
                .with(Sort.by("updatedAt")).limit(limit);
        List<DueNotification> due = new ArrayList<>();
        for (Complaint complaint : mongo.find(q, Complaint.class)) {
            for (Notification n : complaint.notifications()) {
                if (n.state() == NotificationState.PENDING && !n.nextAttemptAt().isAfter(now)) {
                    due.add(new DueNotification(complaint.id(), complaint.ticket(), complaint.reporter().chat(), n));
                }
            }
        }
        return due;
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
        update(due, new Update().set("notifications.$.state", state.name())
                .set("notifications.$.lastError", error).inc("notifications.$.attempts", 1));
    }

    private void update(DueNotification due, Update update) {
        mongo.updateFirst(query(where("_id").is(due.complaintId()).and("notifications.id").is(due.notification().id())),
                update.inc("version", 1), Complaint.class);
    }
}
