package id.aduan.bot.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.test.util.ReflectionTestUtils;

import id.aduan.bot.conversation.SimilarReport;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
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

    final OpenComplaintIndex index = new OpenComplaintIndex(null, Clock.fixed(NOW, ZoneOffset.UTC));
    SimilarReports similar;
    int next = 1;

    @BeforeEach
    void setUp() {
        similar = new SimilarReports(index, new SimilarSettings(0.4, Duration.ofDays(30), 500),
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
        saved(followed);
        Complaint archived = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        archived.archive("petugas", "Laporan ganda", NOW);
        saved(archived);

        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).isEmpty();
    }

    @Test
    void aComplaintClosedAfterItWasIndexedIsNoLongerOffered() {
        Complaint theirs = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).extracting(SimilarReport::ticket)
                .containsExactly(theirs.ticket().toString());

        theirs.archive("petugas", "Laporan ganda", NOW);
        saved(theirs);

        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).isEmpty();
    }

    @Test
    void aChatThatFollowsAComplaintIsNotOfferedItAgainButOthersStillAre() {
        Complaint theirs = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        theirs.follow(ME, NOW);
        saved(theirs);

        assertThat(find(POTHOLE, "depan SDN 3 Sukamaju")).isEmpty();
        assertThat(similar.find(ChatRef.telegram(3), POTHOLE, null, "depan SDN 3 Sukamaju", null, null))
                .extracting(SimilarReport::ticket).containsExactly(theirs.ticket().toString());
    }

    @Test
    void anOlderCopyReadFromTheStoreDoesNotUndoANewerSave() {
        Complaint theirs = store(NEIGHBOUR, POTHOLE, "depan SDN 3 Sukamaju", Privacy.BIASA, NOW);
        Complaint before = Complaint.receive(theirs.ticket(), new NewComplaint(new Reporter(NEIGHBOUR, "Warga", null),
                POTHOLE, "depan SDN 3 Sukamaju", null, null, null, null, null, Privacy.BIASA, null, List.of(),
                List.of()), NOW);
        ReflectionTestUtils.setField(before, "version", 1L);
        theirs.follow(ME, NOW);
        ReflectionTestUtils.setField(theirs, "version", 2L);
        saved(theirs);

        index.put(before); // a poll of the store that read the complaint just before the follow was saved

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

    /** What the store does when a complaint is saved through Spring Data. */
    private void saved(Complaint c) {
        index.saved(new AfterSaveEvent<>(c, new Document(), "complaints"));
    }

    private Complaint store(ChatRef chat, String text, String place, Privacy privacy, Instant at) {
        TicketNumber ticket = TicketNumber.parse(String.format("ADU-2026-%06d", next++));
        Complaint c = Complaint.receive(ticket, new NewComplaint(new Reporter(chat, "Warga", null), text, place, null,
                null, null, null, null, privacy, null, List.of(), List.of()), at);
        saved(c);
        return c;
    }
}
