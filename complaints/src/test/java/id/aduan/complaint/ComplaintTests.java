package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.ticket.TicketNumber;

class ComplaintTests {

    static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");

    Complaint received() {
        return Complaint.receive(new TicketNumber(2026, 1), ComplaintStoreContract.report(1L, "jalan rusak"), AT);
    }

    @Test
    void walksTheWholeHappyPathWithATimelineEntryAndANotificationPerStep() {
        Complaint c = received();
        c.verify("ani", CategoryCode.of("drainase-banjir"), null, null, AT);
        c.dispose("ani", AgencyCode.of("dinas-pupr"), "Diteruskan ke PUPR", AT);
        c.followUp("budi", "Tim akan menambal jalan pekan ini", AT);
        c.complete("budi", "Jalan sudah ditambal", AT);

        assertThat(c.status()).isEqualTo(ComplaintStatus.SELESAI);
        assertThat(c.category()).contains(CategoryCode.of("drainase-banjir"));
        assertThat(c.timeline()).extracting(TimelineEntry::to).containsExactly(ComplaintStatus.BARU,
                ComplaintStatus.TERVERIFIKASI, ComplaintStatus.DIDISPOSISIKAN, ComplaintStatus.DITINDAKLANJUTI,
                ComplaintStatus.SELESAI);
        assertThat(c.notifications()).hasSize(4).allMatch(n -> n.state() == NotificationState.PENDING);
    }

    @Test
    void refusesToCompleteANewComplaintAndNamesTheAllowedMoves() {
        Complaint c = received();

        assertThatThrownBy(() -> c.complete("ani", "beres", AT))
                .isInstanceOf(IllegalStatusTransition.class)
                .hasMessageContaining("terverifikasi, ditunda, diarsipkan");
        assertThat(c.status()).isEqualTo(ComplaintStatus.BARU);
        assertThat(c.notifications()).isEmpty();
    }

    @Test
    void anArchivedComplaintIsFinal() {
        Complaint c = received();
        c.archive("ani", "Laporan ganda", AT);

        assertThatThrownBy(() -> c.verify("ani", null, null, null, AT))
                .isInstanceOf(IllegalStatusTransition.class).hasMessageContaining("none (final status)");
    }

    @Test
    void followUpNeedsANoteForTheCitizen() {
        Complaint c = received();
        c.verify("ani", null, null, null, AT);
        c.dispose("ani", null, null, AT);

        assertThatThrownBy(() -> c.followUp("budi", "  ", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.status()).isEqualTo(ComplaintStatus.DIDISPOSISIKAN);
    }

    @Test
    void aWronglyRoutedComplaintGoesBackForRoutingAndCanBeDisposedToAnotherAgency() {
        Complaint c = received();
        c.verify("ani", null, AgencyCode.of("dinas-pupr"), null, AT);
        c.dispose("ani", null, null, AT);
        c.reroute("pupr", "Saluran ini milik provinsi, bukan kabupaten", AT);

        assertThat(c.status()).isEqualTo(ComplaintStatus.BUKAN_WEWENANG);
        assertThat(c.notifications().getLast().note()).isEqualTo("Saluran ini milik provinsi, bukan kabupaten");
        c.dispose("ani", AgencyCode.of("bpbd"), null, AT);
        assertThat(c.agency()).contains(AgencyCode.of("bpbd"));
    }

    @Test
    void internalNotesAndAssignmentNeverReachTheCitizen() {
        Complaint c = received();
        c.addInternalNote("ani", "Cek dulu ke UPT wilayah", AT);
        c.assignTo("budi", AT);

        assertThat(c.internalNotes()).extracting(InternalNote::text).containsExactly("Cek dulu ke UPT wilayah");
        assertThat(c.assignee()).contains("budi");
        assertThat(c.notifications()).isEmpty();
        assertThat(c.timeline()).hasSize(1);
    }

    @Test
    void aFollowerIsToldOfStatusChangesButNotOfTheOfficersQuestion() {
        Complaint c = received();
        ChatRef neighbour = ChatRef.telegram(77L);

        assertThat(c.follow(neighbour, AT)).isTrue();
        assertThat(c.follow(neighbour, AT)).as("following twice changes nothing").isFalse();
        assertThat(c.follow(ChatRef.telegram(1L), AT)).as("the reporter follows their own report anyway").isFalse();
        c.verify("budi", null, null, "Laporan diterima.", AT);
        c.askCitizen("budi", "Di RT berapa?", AT);

        assertThat(c.notifications()).extracting(Notification::status, Notification::recipient).containsExactly(
                tuple(ComplaintStatus.TERVERIFIKASI, null),
                tuple(ComplaintStatus.TERVERIFIKASI, neighbour),
                tuple(ComplaintStatus.DITUNDA, null));
        assertThat(c.followers()).extracting(Follower::chat).containsExactly(neighbour);
    }

    @Test
    void aClosedComplaintCannotBeFollowedAndUnfollowingStopsTheMessages() {
        Complaint c = received();
        ChatRef neighbour = ChatRef.telegram(77L);
        c.follow(neighbour, AT);
        assertThat(c.unfollow(neighbour, AT)).isTrue();
        c.verify("budi", null, null, null, AT);
        assertThat(c.notifications()).extracting(Notification::recipient).containsOnlyNulls();

        c.archive("budi", "Laporan ganda.", AT);
        assertThatThrownBy(() -> c.follow(neighbour, AT)).isInstanceOf(CitizenActionRefused.class);
    }

    @Test
    void aFollowerWhoseDataIsErasedLeavesNoTraceOnSomeoneElsesComplaint() {
        Complaint c = received();
        ChatRef neighbour = ChatRef.telegram(77L);
        c.follow(neighbour, AT);
        c.verify("budi", null, null, null, AT);

        assertThat(c.forgetFollower(neighbour, AT)).isTrue();
        assertThat(c.followers()).isEmpty();
        assertThat(c.notifications()).extracting(Notification::recipient).containsOnlyNulls().hasSize(1);
        assertThat(c.forgetFollower(neighbour, AT)).as("idempotent").isFalse();
    }
}
