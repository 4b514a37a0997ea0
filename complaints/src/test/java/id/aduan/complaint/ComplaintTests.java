package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
