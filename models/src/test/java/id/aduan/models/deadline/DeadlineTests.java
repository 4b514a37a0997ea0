package id.aduan.models.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DeadlineTests {

    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    /** An instant given as Jakarta wall-clock time (WIB, UTC+7). */
    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.JAKARTA).toInstant();
    }

    @Test
    void verificationIsDueThreeWorkingDaysAfterAMondayReceipt() {
        // Monday 23 November 2026 10:00 WIB; the receipt day does not count: Tue 24 (1), Wed 25 (2), Thu 26 (3).
        Deadline deadline = DeadlineRule.VERIFICATION.from(wib("2026-11-23T10:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(deadline.rule()).isEqualTo(DeadlineRule.VERIFICATION);
    }

    @Test
    void followUpSkipsTheWeekend() {
        // Disposition Wednesday 25 November 2026: Thu 26 (1), Fri 27 (2), Sat/Sun off, Mon 30 (3), Tue 1 Dec (4),
        // Wed 2 December 2026 (5).
        Deadline deadline = DeadlineRule.FOLLOW_UP.from(wib("2026-11-25T14:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aComplaintReceivedOnSaturdayStartsCountingOnMonday() {
        // Saturday 28 November 2026: Mon 30 (1), Tue 1 December (2), Wed 2 December 2026 (3).
        Deadline deadline = DeadlineRule.VERIFICATION.from(wib("2026-11-28T09:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aComplaintReceivedOnAHolidayStartsCountingOnTheNextWorkingDay() {
        // Friday 25 December 2026 (Natal): Mon 28 (1), Tue 29 (2), Wed 30 December 2026 (3).
        Deadline deadline = DeadlineRule.VERIFICATION.from(wib("2026-12-25T08:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void verificationWaitsOutNyepiAndIdulFitri2026() {
        // Tuesday 17 March 2026: 18 cuti Nyepi, 19 Nyepi, 20 cuti Idul Fitri, 21-22 Idul Fitri (weekend), 23-24 cuti
        // Idul Fitri; then Wed 25 (1), Thu 26 (2), Fri 27 March 2026 (3).
        Deadline deadline = DeadlineRule.VERIFICATION.from(wib("2026-03-17T10:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void followUpCrossesChristmasAndNewYear2026To2027() {
        // Disposition Wednesday 23 December 2026: 24 cuti Natal, 25 Natal, 26-27 weekend, Mon 28 (1), Tue 29 (2),
        // Wed 30 (3), Thu 31 (4), Fri 1 January 2027 Tahun Baru, 2-3 weekend, Mon 4 January 2027 (5).
        Deadline deadline = DeadlineRule.FOLLOW_UP.from(wib("2026-12-23T11:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void autoCloseCountsTenWorkingDays() {
        // Follow-up Monday 30 November 2026: Dec 1-4 (4), Dec 7-11 (9), Mon 14 December 2026 (10); no holiday between.
        Deadline deadline = DeadlineRule.AUTO_CLOSE.from(wib("2026-11-30T16:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void countsFromTheJakartaDateWhenItIsAlreadyTheNextDayThere() {
        // 18:30 UTC on Monday 23 November 2026 is 01:30 WIB on Tuesday 24 November: received on Tuesday, so
        // Wed 25 (1), Thu 26 (2), Fri 27 (3) - not Thursday, as counting from the UTC date would give.
        Deadline deadline = DeadlineRule.VERIFICATION.from(Instant.parse("2026-11-23T18:30:00Z"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void isMetUntilMidnightJakartaTimeAtTheEndOfTheDueDate() {
        // Due Thursday 26 November 2026: overdue from Friday 27 November 00:00 WIB = Thursday 26 November 17:00 UTC.
        Deadline deadline = new Deadline(DeadlineRule.VERIFICATION, LocalDate.of(2026, 11, 26));

        assertThat(deadline.overdueFrom()).isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
        assertThat(deadline.isOverdue(wib("2026-11-26T23:59:59"))).isFalse();
        assertThat(deadline.isOverdue(wib("2026-11-27T00:00"))).isTrue();
        assertThat(deadline.isOverdue(wib("2026-11-23T10:00"))).isFalse();
    }

    @Test
    void tellsTheWorkingDaysLeft() {
        Deadline deadline = new Deadline(DeadlineRule.VERIFICATION, LocalDate.of(2026, 11, 26));

        // On Monday 23 November 2026 the days left are Tue, Wed, Thu.
        assertThat(deadline.daysLeft(wib("2026-11-23T10:00"), calendar)).isEqualTo(3);
        assertThat(deadline.daysLeft(wib("2026-11-26T15:00"), calendar)).as("due today").isZero();
        // On Monday 30 November the deadline passed two working days ago (Fri 27, Mon 30).
        assertThat(deadline.daysLeft(wib("2026-11-30T09:00"), calendar)).isEqualTo(-2);
    }

    @Test
    void completionLimitIsSixtyCalendarDaysIncludingHolidays() {
        // Received Monday 2 March 2026: March has 31 days, so 29 days to 31 March, 30 more to 30 April (59), then
        // Friday 1 May 2026 (60). Nyepi, Idul Fitri, Good Friday and even 1 May (Hari Buruh) do not move it.
        Deadline deadline = DeadlineRule.COMPLETION.from(wib("2026-03-02T10:00"), calendar);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(deadline.daysLeft(wib("2026-03-02T10:00"), calendar)).isEqualTo(60);
    }

    @Test
    void sixtyDayLimitCapsALateStepDeadline() {
        // Received Friday 23 October 2026: 60 calendar days -> 8 to 31 October, 30 more to 30 November (38),
        // 22 more to Tuesday 22 December 2026 (60).
        Deadline limit = DeadlineRule.COMPLETION.from(wib("2026-10-23T10:00"), calendar);
        // Disposed only on Thursday 17 December 2026: 5 working days = Fri 18 (1), Mon 21 (2), Tue 22 (3),
        // Wed 23 (4), 24 cuti Natal, 25 Natal, weekend, Mon 28 December 2026 (5): later than the limit.
        Deadline followUp = DeadlineRule.FOLLOW_UP.from(wib("2026-12-17T10:00"), calendar);

        assertThat(limit.dueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(followUp.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(followUp.earlierOf(limit)).isEqualTo(limit);
        assertThat(limit.earlierOf(followUp)).isEqualTo(limit);
    }

    @Test
    void pausingForTheCitizenMovesTheDeadlineByTheWorkingDaysPaused() {
        // Received Monday 23 November 2026 -> due Thursday 26. Paused (ditunda) Tuesday 24 at 09:00, resumed Monday
        // 30 at 14:00: Wed 25, Thu 26, Fri 27, Mon 30 are 4 paused working days -> Thursday 26 + 4 = Fri 27, Mon 30,
        // Tue 1, Wed 2 December 2026. Check: before the pause Tuesday was used (1 of 3); after resuming on Monday,
        // Tuesday 1 and Wednesday 2 December are the remaining 2.
        Deadline deadline = DeadlineRule.VERIFICATION.from(wib("2026-11-23T10:00"), calendar);

        Deadline resumed = deadline.pausedBetween(wib("2026-11-24T09:00"), wib("2026-11-30T14:00"), calendar);

        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(resumed.rule()).isEqualTo(DeadlineRule.VERIFICATION);
    }

    @Test
    void aPauseWithinOneDayOrOverAWeekendChangesNothing() {
        Deadline deadline = new Deadline(DeadlineRule.FOLLOW_UP, LocalDate.of(2026, 12, 2));

        assertThat(deadline.pausedBetween(wib("2026-11-24T09:00"), wib("2026-11-24T17:00"), calendar))
                .isEqualTo(deadline);
        // Friday 27 to Sunday 29 November 2026: the only days after Friday are the weekend.
        assertThat(deadline.pausedBetween(wib("2026-11-27T15:00"), wib("2026-11-29T10:00"), calendar))
                .isEqualTo(deadline);
    }

    @Test
    void aPauseAfterTheDeadlineWasMissedDoesNotRevive() {
        Deadline deadline = new Deadline(DeadlineRule.VERIFICATION, LocalDate.of(2026, 11, 26));

        assertThat(deadline.pausedBetween(wib("2026-11-27T09:00"), wib("2026-12-04T09:00"), calendar))
                .isEqualTo(deadline);
    }

    @Test
    void pausingTheSixtyDayLimitMovesItByCalendarDays() {
        // Paused Tuesday 10 March 2026, resumed Friday 20 March: 10 calendar days, so 1 May becomes 11 May 2026.
        Deadline limit = new Deadline(DeadlineRule.COMPLETION, LocalDate.of(2026, 5, 1));

        assertThat(limit.pausedBetween(wib("2026-03-10T09:00"), wib("2026-03-20T09:00"), calendar).dueDate())
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void refusesAResumptionBeforeThePause() {
        Deadline deadline = new Deadline(DeadlineRule.VERIFICATION, LocalDate.of(2026, 11, 26));

        assertThatThrownBy(() -> deadline.pausedBetween(wib("2026-11-25T09:00"), wib("2026-11-24T09:00"), calendar))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesHaveStableCodes() {
        assertThat(DeadlineRule.fromCode("tindak-lanjut")).contains(DeadlineRule.FOLLOW_UP);
        assertThat(DeadlineRule.fromCode("lainnya")).isEmpty();
        assertThat(DeadlineRule.COMPLETION.countsWorkingDays()).isFalse();
        assertThat(DeadlineRule.VERIFICATION.days()).isEqualTo(3);
    }
}
