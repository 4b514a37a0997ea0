package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.aduan.models.deadline.DeadlineRule;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.ticket.TicketNumber;

/**
 * Deadlines per status, checked against the calendar of November-December 2026 (no national holiday between
 * 23 November and 24 December 2026; weekends on 28-29 November and 5-6 December).
 */
class ComplaintClockTests {

    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    /** Monday 23 November 2026, 10:00 in Jakarta. */
    static final Instant MONDAY = Instant.parse("2026-11-23T03:00:00Z");

    static Complaint received() {
        Complaint c = Complaint.receive(new TicketNumber(2026, 1), ComplaintStoreContract.report(1L, "jalan rusak"),
                MONDAY);
        c.refreshDeadline(CALENDAR, MONDAY);
        return c;
    }

    static Instant day(int dayOfNovemberOrDecember, boolean december) {
        return Instant.parse("2026-%s-%02dT03:00:00Z".formatted(december ? "12" : "11", dayOfNovemberOrDecember));
    }

    @Test
    void aNewComplaintMustBeVerifiedWithinThreeWorkingDays() {
        // Received Monday: Tuesday, Wednesday, Thursday count -> Thursday 26 November.
        assertThat(received().deadline()).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo(DeadlineRule.VERIFICATION);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        });
    }

    @Test
    void aDisposedComplaintGetsFiveWorkingDaysForFollowUp() {
        Complaint c = received();
        c.verify("ani", null, null, null, day(24, false));
        c.dispose("ani", null, null, day(25, false));
        c.refreshDeadline(CALENDAR, day(25, false));

        // Disposed Wednesday 25: Thu 26, Fri 27, Mon 30, Tue 1, Wed 2 December.
        assertThat(c.deadline()).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo(DeadlineRule.FOLLOW_UP);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
    }

    @Test
    void waitingForTheCitizenStopsTheClockAndTheAnswerMovesTheDeadline() {
        Complaint c = received();
        c.askCitizen("ani", "Di RT berapa tepatnya?", day(24, false));
        c.refreshDeadline(CALENDAR, day(24, false));
        assertThat(c.deadline()).isEmpty();

        c.answerQuestion("RT 03", day(27, false));
        c.refreshDeadline(CALENDAR, day(27, false));
        // Paused Tuesday 24 to Friday 27: three working days (Wed, Thu, Fri) added to Thursday 26 -> Tuesday 1 Dec.
        assertThat(c.status()).isEqualTo(ComplaintStatus.BARU);
        assertThat(c.deadline()).hasValueSatisfying(d -> assertThat(d.dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void followUpRunsAgainstTheSixtyDayLimit() {
        Complaint c = received();
        c.verify("ani", null, null, null, MONDAY);
        c.dispose("ani", null, null, MONDAY);
        c.followUp("budi", "sedang dikerjakan", MONDAY);
        c.refreshDeadline(CALENDAR, MONDAY);

        // 60 calendar days after 23 November 2026 is 22 January 2027.
        assertThat(c.deadline()).hasValueSatisfying(d -> {
            assertThat(d.rule()).isEqualTo(DeadlineRule.COMPLETION);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 1, 22));
        });
    }

    @Test
    void becomesOverdueOnceTheDayAfterTheDeadlineStartsInJakarta() {
        Complaint c = received();

        // Thursday 26 November 23:59 WIB is still in time; Friday 27 00:00 WIB is overdue.
        assertThat(c.refreshDeadline(CALENDAR, Instant.parse("2026-11-26T16:59:00Z"))).isFalse();
        assertThat(c.overdue()).isFalse();
        assertThat(c.refreshDeadline(CALENDAR, Instant.parse("2026-11-26T17:00:00Z"))).isTrue();
        assertThat(c.overdue()).isTrue();
        assertThat(c.refreshDeadline(CALENDAR, Instant.parse("2026-11-27T17:00:00Z")))
                .as("reported once, not every time").isFalse();
    }

    @Test
    void anArchivedComplaintHasNoDeadline() {
        Complaint c = received();
        c.archive("ani", "laporan ganda", day(24, false));
        c.refreshDeadline(CALENDAR, day(30, false));

        assertThat(c.deadline()).isEmpty();
        assertThat(c.overdue()).isFalse();
    }
}
