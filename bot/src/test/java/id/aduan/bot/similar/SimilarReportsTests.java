package id.aduan.bot.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.aduan.bot.conversation.SimilarReport;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.models.ticket.TicketNumber;

/** Which open complaints the bot offers to follow: the same problem, by someone else, open, recent, not rahasia. */
class SimilarReportsTests {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final ChatRef ME = ChatRef.telegram(1);
    static final ChatRef NEIGHBOUR = ChatRef.telegram(2);
    static final String POTHOLE = "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, motor jatuh";

    final Map<TicketNumber, Complaint> stored = new HashMap<>();
    final OpenComplaintIndex index = new OpenComplaintIndex(null, Clock.fixed(NOW, ZoneOffset.UTC));
    SimilarReports similar;
    int next = 1;

    @BeforeEach
    void setUp() {
        ComplaintRepository repository = mock(ComplaintRepository.class);
        when(repository.findByTicket(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
        similar = new SimilarReports(index, repository, new SimilarSettings(0.4, Duration.ofDays(30), 500),
                Clock.fixed(NOW, ZoneOffset.UTC));
        // Unrelated complaints give the words their weight, as in a real store.
        store(NEIGHBOUR, "Sampah di TPS Pasar Baru tidak diangkut seminggu, bau sekali", "Pasar Baru", Privacy.BIASA,
                NOW);
        store(NEIGHBOUR, "Lampu jalan di Gang Melati mati sejak 5 hari lalu, gelap", "Gang Melati", Privacy.BIASA, NOW);
    }

    @Test
    void offersAnOpenComplaintOfSomeoneElseAboutTheSameProblemAtTheSamePlace() {
        Complaint theirs = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW.minus(Duration.ofDays(2)));

        List<SimilarReport> found = find("Lubang besar di jalan depan SDN 3 Sukamaju, motor sering jatuh",
                "depan SDN 3 Sukamaju");

        assertThat(found).extracting(SimilarReport::ticket).containsExactly(theirs.ticket().toString());
        assertThat(found.getFirst().statusName()).isEqualTo(theirs.status().displayName());
    }

    @Test
    void neverOffersOnesOwnOrAFollowedOrARahasiaOrAClosedOrAnOldOne() {
        store(ME, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.RAHASIA, NOW);
        store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW.minus(Duration.ofDays(45)));
        Complaint followed = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        followed.follow(ME, NOW);
        Complaint archived = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        archived.archive("petugas", "Laporan ganda", NOW);
        index.put(archived);

        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).isEmpty();
    }

    @Test
    void leavesOutTheSameProblemAtAnotherPlace() {
        store(NEIGHBOUR, POTHOLE.replace("Sukamaju", "Cibeunying"), "depan SDN 3 Cibeunying", Privacy.BIASA, NOW);

        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).isEmpty();
    }

    @Test
    void leavesOutADifferentProblem() {
        store(NEIGHBOUR, "Pelayanan KTP di kantor Kel. Sukamaju lambat sekali, antre 3 jam", "Kel. Sukamaju",
                Privacy.BIASA, NOW);

        assertThat(find(POTHOLE, "Kel. Sukamaju")).isEmpty();
    }

    private List<SimilarReport> find(String text, String place) {
        return similar.find(ME, text, null, place, null, null);
    }

    private Complaint store(ChatRef chat, String text, String place, Privacy privacy, Instant at) {
        TicketNumber ticket = TicketNumber.parse(String.format("ADU-2026-%06d", next++));
        Complaint c = Complaint.receive(ticket, new NewComplaint(new Reporter(chat, "Warga", null), text, place, null,
                null, null, null, null, privacy, null, List.of(), List.of()), at);
        stored.put(ticket, c);
        index.put(c);
        return c;
    }
}
