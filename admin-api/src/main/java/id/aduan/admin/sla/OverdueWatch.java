package id.aduan.admin.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import id.aduan.admin.notice.OfficerNotifications;
import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.Deadline;
import id.aduan.models.deadline.IndonesianDates;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;

/**
 * Walks the open complaints on a schedule ({@link SlaSettings}, hourly by default), refreshes each deadline, and
 * escalates a complaint the first time it is overdue: a timeline entry, and a notification for the agency's officers
 * and the admins ({@link OfficerNotifications}).
 */
@Component
public class OverdueWatch {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final MongoOperations mongo;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final OfficerNotifications notices;

    public OverdueWatch(MongoOperations mongo, WorkingCalendar calendar, Clock clock, OfficerNotifications notices) {
        this.mongo = mongo;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /** Returns how many complaints became overdue in this round. */
    public int watch() {
        Instant now = clock.instant();
        var open = Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen)
                .map(ComplaintStatus::code).toList();
        int escalated = 0;
        try (var complaints = mongo.stream(query(where("status").in(open)).cursorBatchSize(500),
                Complaint.class)) {
            for (Complaint c : (Iterable<Complaint>) complaints::iterator) {
                boolean wasOverdue = c.overdue();
                var due = c.deadline();
                boolean becameOverdue = c.refreshDeadline(calendar, now);
                if (becameOverdue) {
                    Deadline passed = c.deadline().orElseThrow();
                    String note = "Melewati batas waktu " + passed.rule().displayName().toLowerCase() + " ("
                            + IndonesianDates.format(passed.dueDate()) + ")";
                    // The notice first: it is idempotent, so if saving the complaint fails below, the next
                    // round escalates again without telling anyone twice; the other order could lose the notice.
                    notices.overdue(c, passed, c.ticket() + ": " + note, now);
                    c.escalate(note, now);
                    escalated++;
                }
                if (becameOverdue || wasOverdue != c.overdue() || !due.equals(c.deadline())) {
                    save(c);
                }
            }
        }
        if (escalated > 0) {
            log.warn("{} complaint(s) passed their SP4N-LAPOR! deadline and were escalated", escalated);
        }
        return escalated;
    }

    private void save(Complaint c) {
        try {
            mongo.save(c);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("{} changed meanwhile; the next round looks at it again", c.ticket());
        }
    }
}
