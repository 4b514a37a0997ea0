package id.aduan.models.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The day by which something must happen under a {@link DeadlineRule}: met until the end of {@code dueDate} in
 * Jakarta, overdue from 00:00 WIB the day after.
 */
public record Deadline(DeadlineRule rule, LocalDate dueDate) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The first instant at which the deadline is missed: midnight WIB at the end of the due date. */
    public Instant overdueFrom() {
        return dueDate.plusDays(1).atStartOfDay(WorkingCalendar.JAKARTA).toInstant();
    }

    public boolean isOverdue(Instant now) {
        return !now.isBefore(overdueFrom());
    }

    /**
     * The days left after today until the due date, in the rule's unit (working days, or calendar days for
     * {@link DeadlineRule#COMPLETION}): 0 means due today, negative means overdue by that many days.
     */
    public int daysLeft(Instant now, WorkingCalendar calendar) {
        LocalDate today = WorkingCalendar.dateOf(now);
        return rule.countsWorkingDays() ? calendar.workingDaysBetween(today, dueDate)
                : Math.toIntExact(ChronoUnit.DAYS.between(today, dueDate));
    }

    /**
     * This deadline moved later by the days the clock stood still while waiting for the citizen (ditunda).
     *
     * <p>The day of the pause counts as used and the day of the resumption does not, like the day of receipt: the
     * deadline moves by the days after the pause's date up to and including the resumption's date. A pause that
     * starts when the deadline is already missed changes nothing.
     */
    public Deadline pausedBetween(Instant pausedAt, Instant resumedAt, WorkingCalendar calendar) {
        if (resumedAt.isBefore(pausedAt)) {
            throw new IllegalArgumentException("resumed at " + resumedAt + " before it was paused at " + pausedAt);
        }
        if (isOverdue(pausedAt)) {
            return this;
        }
        LocalDate paused = WorkingCalendar.dateOf(pausedAt);
        LocalDate resumed = WorkingCalendar.dateOf(resumedAt);
        LocalDate moved = rule.countsWorkingDays()
                ? calendar.addWorkingDays(dueDate, calendar.workingDaysBetween(paused, resumed))
                : dueDate.plus(ChronoUnit.DAYS.between(paused, resumed), ChronoUnit.DAYS);
        return new Deadline(rule, moved);
    }

    /** Whichever of the two deadlines comes first, e.g. a follow-up deadline capped by the 60-day limit. */
    public Deadline earlierOf(Deadline other) {
        return other.dueDate.isBefore(dueDate) ? other : this;
    }
}
