package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.ticket.TicketNumber;

/** The complaint's own rules for merging a duplicate and for closing a completed complaint for good. */
class ComplaintMergeAndCloseTests {

    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    /** Friday 18 December 2026, 10:00 WIB; 24-25 December, 1 and 5 January are holidays. */
    static final Instant FRIDAY = Instant.parse("2026-12-18T03:00:00Z");

    static Complaint received(long sequence) {
        return Complaint.receive(new TicketNumber(2026, sequence),
                ComplaintStoreContract.report(sequence, "jalan rusak"), FRIDAY);
    }

    static Complaint completed() {
        Complaint c = received(1);
        c.verify("ani", null, null, null, FRIDAY);
        c.dispose("ani", AgencyCode.of("dinas-pupr"), null, FRIDAY);
        c.followUp("budi", "Tim menambal jalan", FRIDAY);
        c.complete("budi", "Jalan sudah ditambal", FRIDAY);
        c.refreshDeadline(CALENDAR, FRIDAY);
        return c;
    }

    @Test
    void aMergeMovesTheDuplicatesCitizensToTheTargetAndTellsEachOnce() {
        Complaint target = received(1);
        Complaint duplicate = received(2);
        ChatRef follower = ChatRef.telegram(99L);
        duplicate.follow(follower, FRIDAY);

        target.absorb(duplicate, "ani", FRIDAY);
        target.absorb(duplicate, "ani", FRIDAY); // a repeated first write changes nothing more
        duplicate.mergeInto(target, "ani", "Lokasinya sama", FRIDAY);

        assertThat(target.mergedTickets()).containsExactly(duplicate.ticket());
        assertThat(target.followers()).extracting(Follower::chat)
                .containsExactly(duplicate.reporter().chat(), follower);
        assertThat(duplicate.status()).isEqualTo(ComplaintStatus.DIARSIPKAN);
        assertThat(duplicate.archiveReason()).contains(Complaint.DUPLICATE);
        assertThat(duplicate.mergedInto()).contains(target.ticket());
        assertThat(duplicate.timeline().getLast().note()).contains(target.ticket().toString());
        assertThat(duplicate.notifications()).filteredOn(Notification::merged).hasSize(2)
                .extracting(Notification::recipient).containsExactlyInAnyOrder(null, follower);
    }

    @Test
    void refusesIllegalMergesNamingTheProblem() {
        Complaint target = received(1);
        Complaint duplicate = received(2);
        assertThatThrownBy(() -> target.absorb(target, "ani", FRIDAY)).isInstanceOf(IllegalMerge.class)
                .extracting(e -> ((IllegalMerge) e).problem()).isEqualTo(IllegalMerge.Problem.SAME_COMPLAINT);

        target.archive("ani", "spam", FRIDAY);
        assertThatThrownBy(() -> target.absorb(duplicate, "ani", FRIDAY))
                .extracting(e -> ((IllegalMerge) e).problem()).isEqualTo(IllegalMerge.Problem.TARGET_CLOSED);

        Complaint other = received(3);
        Complaint merged = received(4);
        other.absorb(merged, "ani", FRIDAY);
        merged.mergeInto(other, "ani", null, FRIDAY);
        assertThatThrownBy(() -> merged.absorb(duplicate, "ani", FRIDAY))
                .extracting(e -> ((IllegalMerge) e).problem()).isEqualTo(IllegalMerge.Problem.TARGET_MERGED);
        assertThatThrownBy(() -> other.absorb(merged, "ani", FRIDAY))
                .extracting(e -> ((IllegalMerge) e).problem()).isEqualTo(IllegalMerge.Problem.DUPLICATE_CLOSED);
    }

    @Test
    void anUnansweredCompletionClosesForGoodOnlyAfterTenWorkingDaysCountedOverTheHolidays() {
        Complaint c = completed();
        // Ten working days after Friday 18 December skip 24-25 December, 1 and 5 January: Thursday 7 January.
        assertThat(c.closeUnanswered(Instant.parse("2027-01-07T16:59:00Z"), CALENDAR)).isFalse();
        assertThat(c.closeUnanswered(Instant.parse("2027-01-07T17:00:00Z"), CALENDAR)).isTrue();

        assertThat(c.status()).isEqualTo(ComplaintStatus.SELESAI);
        assertThat(c.closedAt()).isPresent();
        assertThat(c.deadline()).isEmpty();
        assertThat(c.allowedNext()).isEmpty();
        assertThat(c.timeline().getLast().actor()).isEqualTo("sistem");
        assertThatThrownBy(() -> c.reopen("masih rusak", Instant.parse("2027-01-07T17:00:00Z"), CALENDAR))
                .isInstanceOf(CitizenActionRefused.class);
        assertThatThrownBy(() -> c.dispose("ani", null, null, Instant.parse("2027-01-08T03:00:00Z")))
                .isInstanceOf(IllegalStatusTransition.class);
        assertThat(c.closeUnanswered(Instant.parse("2027-01-09T03:00:00Z"), CALENDAR)).as("only once").isFalse();
    }

    @Test
    void aConfirmedCompletionIsClosedAndNeedsNoAutomaticClosing() {
        Complaint c = completed();
        c.confirmResolved(5, FRIDAY.plusSeconds(3600));

        assertThat(c.closedAt()).isPresent();
        assertThat(c.deadline()).isEmpty();
        assertThat(c.closeUnanswered(Instant.parse("2027-02-01T03:00:00Z"), CALENDAR)).isFalse();
    }
}
