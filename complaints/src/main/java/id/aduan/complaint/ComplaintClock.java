package id.aduan.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.aduan.models.deadline.Deadline;
import id.aduan.models.deadline.DeadlineRule;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;

/**
 * The SP4N-LAPOR! deadline that applies to a complaint now, derived from its status and timeline: verification (and
 * disposition) within 3 working days of receipt, follow-up within 5 working days of disposition, 60 days in total,
 * 10 working days for the citizen to answer after completion; a re-routed complaint restarts the 3 days; time spent
 * waiting for the citizen ({@code ditunda}) does not count.
 */
public final class ComplaintClock {

    private ComplaintClock() {
    }

    public static Optional<Deadline> current(Complaint c, WorkingCalendar calendar) {
        if (c.closedAt().isPresent()) { // closed for good: nothing is due any more
            return Optional.empty();
        }
        ComplaintStatus status = c.status();
        Optional<Deadline> deadline = switch (status) {
            case BARU, TERVERIFIKASI -> Optional.of(DeadlineRule.VERIFICATION.from(c.createdAt(), calendar));
            case BUKAN_WEWENANG -> Optional.of(DeadlineRule.VERIFICATION.from(enteredAt(c, status), calendar));
            case DIDISPOSISIKAN -> Optional.of(DeadlineRule.FOLLOW_UP.from(enteredAt(c, status), calendar));
            case DITINDAKLANJUTI -> Optional.of(DeadlineRule.COMPLETION.from(c.createdAt(), calendar));
            case SELESAI -> Optional.of(DeadlineRule.AUTO_CLOSE.from(enteredAt(c, status), calendar));
            case DITUNDA, DIARSIPKAN -> Optional.empty();
        };
        if (status != ComplaintStatus.SELESAI) {
            Deadline cap = paused(c, DeadlineRule.COMPLETION.from(c.createdAt(), calendar), c.createdAt(), calendar);
            deadline = deadline.map(d -> paused(c, d, startOf(c, d), calendar).earlierOf(cap));
        }
        return deadline;
    }

    private static Instant startOf(Complaint c, Deadline d) {
        return switch (d.rule()) {
            case VERIFICATION -> c.status() == ComplaintStatus.BUKAN_WEWENANG ? enteredAt(c, c.status())
                    : c.createdAt();
            case FOLLOW_UP, AUTO_CLOSE -> enteredAt(c, c.status());
            case COMPLETION -> c.createdAt();
        };
    }

    /** Moves the deadline later by every pause (waiting for the citizen) that began after {@code since}. */
    private static Deadline paused(Complaint c, Deadline deadline, Instant since, WorkingCalendar calendar) {
        List<TimelineEntry> timeline = c.timeline();
        Deadline moved = deadline;
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            if (entry.to() == ComplaintStatus.DITUNDA && !entry.at().isBefore(since)) {
                Instant resumed = i + 1 < timeline.size() ? timeline.get(i + 1).at() : null;
                if (resumed != null) {
                    moved = moved.pausedBetween(entry.at(), resumed, calendar);
                }
            }
        }
        return moved;
    }

    private static Instant enteredAt(Complaint c, ComplaintStatus status) {
        return c.timeline().reversed().stream().filter(t -> t.to() == status).map(TimelineEntry::at).findFirst()
                .orElse(c.createdAt());
    }
}
