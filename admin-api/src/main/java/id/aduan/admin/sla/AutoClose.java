package id.aduan.admin.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.admin.audit.AuditLog;
import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;

/**
 * Closes completed complaints for good when the citizen did not answer "Sudah beres?" before the AUTO_CLOSE
 * deadline (10 working days after completion). The complaint decides ({@link Complaint#closeUnanswered}); each
 * closing is audited with the actor "sistem".
 */
@Component
public class AutoClose {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);

    private final MongoOperations mongo;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;

    public AutoClose(MongoOperations mongo, WorkingCalendar calendar, Clock clock, AuditLog audit) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** Returns how many complaints were closed in this round. */
    public int closeUnanswered() {
        Instant now = clock.instant();
        int closed = 0;
        var waiting = query(where("status").is(ComplaintStatus.SELESAI.code()).and("closedAt").is(null)
                .and("rating").is(null)).cursorBatchSize(500); // in batches, like the overdue watch
        try (var complaints = mongo.stream(waiting, Complaint.class)) {
            for (Complaint c : (Iterable<Complaint>) complaints::iterator) {
                if (c.closeUnanswered(now, calendar) && save(c)) {
                    audit.record("sistem", "complaint.auto-close", c.ticket().toString(),
                            Map.of("status", c.status().code()), Map.of("status", c.status().code(),
                                    "closedAt", now.toString()), c.timeline().getLast().note());
                    closed++;
                }
            }
        }
        if (closed > 0) {
            log.info("{} completed complaint(s) closed: the citizen did not answer in time", closed);
        }
        return closed;
    }

    private boolean save(Complaint c) {
        try {
            mongo.save(c);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("{} changed meanwhile; the next round looks at it again", c.ticket());
            return false;
        }
    }
}
