package id.aduan.admin.notice;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.aduan.admin.security.OfficerScope;
import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.Deadline;

/** Records escalations for officers and gives each account the unread ones of its agencies. */
@Component
public class OfficerNotifications {

    private final MongoOperations mongo;

    public OfficerNotifications(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Tells the agency's officers and the admins that the complaint passed {@code deadline}. Idempotent: the same
     * escalation (ticket, rule, due date) is stored once however often the watch reaches it. Returns true when it
     * was new.
     */
    public boolean overdue(Complaint complaint, Deadline deadline, String message, Instant at) {
        String ticket = complaint.ticket().toString();
        String id = OfficerNotification.OVERDUE + "-" + ticket + "-" + deadline.rule().code() + "-"
                + deadline.dueDate();
        try {
            mongo.insert(new OfficerNotification(id, OfficerNotification.OVERDUE, ticket,
                    complaint.agency().map(Object::toString).orElse(null), deadline.rule().code(),
                    deadline.dueDate(), message, at, Set.of()));
            return true;
        } catch (DuplicateKeyException alreadyTold) {
            return false;
        }
    }

    /** The account's unread notifications within its scope, newest first. */
    List<OfficerNotification> unread(OfficerScope scope, String account, int limit) {
        return mongo.find(unreadQuery(scope, account).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit),
                OfficerNotification.class);
    }

    long countUnread(OfficerScope scope, String account) {
        return mongo.count(unreadQuery(scope, account), OfficerNotification.class);
    }

    /** Marks one notification read for the account; false when it is unknown or outside the account's scope. */
    boolean markRead(String id, OfficerScope scope, String account) {
        Query visible = query(where("_id").is(id));
        scope.criteria().ifPresent(visible::addCriteria);
        if (!mongo.exists(visible, OfficerNotification.class)) {
            return false;
        }
        mongo.updateFirst(visible, new Update().addToSet("readBy", account), OfficerNotification.class);
        return true;
    }

    private static Query unreadQuery(OfficerScope scope, String account) {
        Query q = query(where("readBy").ne(account));
        scope.criteria().ifPresent(q::addCriteria);
        return q;
    }
}
