package id.aduan.admin.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the audit log. It only inserts: there is no update or delete here, and nothing else owns the
 * {@code audit_log} collection.
 */
@Component
public class AuditLog {

    private final MongoOperations mongo;
    private final Clock clock;

    public AuditLog(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Appends one entry; {@code before}, {@code after} and {@code reason} may be empty or null. */
    public AuditEntry record(String actor, String action, String target, Map<String, String> before,
                             Map<String, String> after, String reason) {
        return mongo.insert(new AuditEntry(null, clock.instant(), actor, action, target,
                before == null ? Map.of() : before, after == null ? Map.of() : after, reason));
    }

    /** Newest first, optionally only the entries about one target (a ticket number or an account name). */
    List<AuditEntry> newestFirst(String target, int page, int size) {
        return mongo.find(query(target).with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size)
                .limit(size), AuditEntry.class);
    }

    long count(String target) {
        return mongo.count(query(target), AuditEntry.class);
    }

    private static Query query(String target) {
        return target == null ? new Query() : new Query(where("target").is(target));
    }
}
