package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import id.aduan.AduanApplication;
import id.aduan.admin.sla.AutoClose;
import id.aduan.admin.sla.OverdueWatch;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.TranscriptEntry;
import id.aduan.models.ticket.TicketNumber;

/**
 * The officers' workflow beyond single status moves, from the outside (HTTP through the real security stack, the
 * citizens' side through the local chat page): merging duplicates, automatic closing, overdue notices. The app's
 * clock stands still where each test puts it; the scheduled deadline watch is off and run by the tests.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowIntegrationTests {

    static final String OFFICER_PASSWORD = "officer-password-123";
    static final AtomicInteger NAMES = new AtomicInteger();
    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-11-23T03:00:00Z"));

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.notifications.poll-interval", () -> "200ms");
        registry.add("aduan.sla.watch", () -> "off");
    }

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @LocalServerPort
    int port;
    @Autowired
    ComplaintSubmission submission;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    OverdueWatch overdueWatch;
    @Autowired
    AutoClose autoClose;

    ApiClient admin;

    @BeforeEach
    void client() {
        admin = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void aMergedDuplicatesCitizensAreToldOnceAndThenFollowTheTarget() {
        CLOCK.set("2026-11-23T03:00:00Z");
        long targetReporter = chat();
        long duplicateReporter = chat();
        long follower = chat();
        String target = report(targetReporter, "Lampu jalan di Jl. Kenanga mati sejak seminggu");
        String duplicate = report(duplicateReporter, "Lampu PJU Jl. Kenanga padam, gelap sekali malam hari");
        Complaint followed = complaints.findByTicket(TicketNumber.parse(duplicate))
                .orElseThrow();
        followed.follow(ChatRef.local(follower), CLOCK.instant());
        complaints.save(followed);
        ApiClient officer = officer("dishub");
        for (String ticket : List.of(target, duplicate)) {
            ok(admin.post("/api/complaints/" + ticket + "/verify", "{\"agency\":\"dishub\"}"));
        }
        // Already disposed: an ordinary archive is no longer allowed, a merge still is.
        ok(officer.post("/api/complaints/" + duplicate + "/dispose", "{}"));

        JsonNode merged = ok(officer.post("/api/complaints/" + duplicate + "/merge",
                "{\"target\":\"" + target + "\",\"note\":\"Titik lampunya sama\"}"));

        assertThat(merged.path("status").path("code").asText()).isEqualTo("diarsipkan");
        assertThat(merged.path("archiveReason").asText()).isEqualTo("duplikat");
        assertThat(merged.path("mergedInto").asText()).isEqualTo(target);
        assertThat(merged.path("timeline").get(merged.path("timeline").size() - 1).path("note").asText())
                .contains(target).contains("Titik lampunya sama");
        assertThat(merged.path("transcript").size()).as("keeps its own transcript").isPositive();
        JsonNode into = ok(officer.get("/api/complaints/" + target));
        assertThat(texts(into.path("mergedTickets"))).containsExactly(duplicate);
        assertThat(into.path("followers").asInt()).as("the duplicate's reporter and follower").isEqualTo(2);

        awaitBotMessage(duplicateReporter, "Laporan " + duplicate + " Anda kami gabungkan dengan laporan " + target);
        awaitBotMessage(follower, "Laporan " + duplicate + " yang Anda pantau kami gabungkan dengan laporan "
                + target);
        assertThat(botMessages(duplicateReporter)).filteredOn(t -> t.contains("gabungkan")).hasSize(1);

        ok(officer.post("/api/complaints/" + target + "/dispose", "{\"note\":\"Diteruskan ke Dishub\"}"));
        awaitBotMessage(duplicateReporter, "Kabar laporan " + target + " yang Anda pantau");
        awaitBotMessage(follower, "Kabar laporan " + target + " yang Anda pantau");

        JsonNode audit = ok(admin.get("/api/audit?target=" + duplicate));
        assertThat(audit.path("items").findValuesAsText("action")).contains("complaint.merge");
        assertThat(ok(admin.get("/api/audit?target=" + target)).path("items").findValuesAsText("action"))
                .contains("complaint.merge-target");
    }

    @Test
    void illegalMergesAreRefusedWithAProblemNamingWhy() {
        CLOCK.set("2026-11-23T03:00:00Z");
        ApiClient officer = officer("dlh");
        String open = verified(report(chat(), "Sampah menumpuk di TPS Sukamaju"), "dlh");
        String other = verified(report(chat(), "Sampah TPS Sukamaju tidak diangkut"), "dlh");
        String archived = verified(report(chat(), "Sampah di TPS Sukamaju bau"), "dlh");
        ok(officer.post("/api/complaints/" + archived + "/archive", "{\"reason\":\"laporan tidak jelas\"}"));
        String puprs = verified(report(chat(), "Jalan berlubang di depan TPS Sukamaju"), "dinas-pupr");

        assertThat(officer.post("/api/complaints/" + open + "/merge", "{\"target\":\"" + puprs + "\"}").status())
                .as("another agency's ticket is unknown to this officer").isEqualTo(404);
        assertThat(officer.post("/api/complaints/" + puprs + "/merge", "{\"target\":\"" + open + "\"}").status())
                .isEqualTo(404);
        assertMergeProblem(officer.post("/api/complaints/" + open + "/merge", "{\"target\":\"" + open + "\"}"),
                "same-complaint");
        assertMergeProblem(officer.post("/api/complaints/" + open + "/merge",
                "{\"target\":\"" + archived + "\"}"), "target-closed");
        assertMergeProblem(officer.post("/api/complaints/" + archived + "/merge",
                "{\"target\":\"" + open + "\"}"), "duplicate-closed");

        ok(officer.post("/api/complaints/" + other + "/merge", "{\"target\":\"" + open + "\"}"));
        assertMergeProblem(officer.post("/api/complaints/" + other + "/merge", "{\"target\":\"" + open + "\"}"),
                "duplicate-closed");
        String third = verified(report(chat(), "TPS Sukamaju penuh sampah"), "dlh");
        ApiClient.Response intoMerged = officer.post("/api/complaints/" + third + "/merge",
                "{\"target\":\"" + other + "\"}");
        assertMergeProblem(intoMerged, "target-merged");
        assertThat(intoMerged.json().path("detail").asText()).contains(open);

        ApiClient.Response malformed = officer.post("/api/complaints/" + third + "/merge", "{\"target\":\"ADU-x\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").findValuesAsText("field")).containsExactly("target");
        assertThat(ok(officer.get("/api/complaints/" + third)).path("status").path("code").asText())
                .isEqualTo("terverifikasi");
    }

    @Test
    void aCompletionTheCitizenDoesNotAnswerClosesForGoodTenWorkingDaysLaterOverTheHolidays() {
        // Friday 18 December 2026, 10:00 WIB. 24-25 December, 1 and 5 January are holidays.
        CLOCK.set("2026-12-18T03:00:00Z");
        long citizen = chat();
        String ticket = verified(report(citizen, "Saluran air di Jl. Melati tersumbat dan meluap"), "dinas-pupr");
        ok(admin.post("/api/complaints/" + ticket + "/dispose", "{}"));
        ok(admin.post("/api/complaints/" + ticket + "/follow-up", "{\"note\":\"Tim membersihkan saluran\"}"));
        JsonNode done = ok(admin.post("/api/complaints/" + ticket + "/complete",
                "{\"note\":\"Saluran sudah bersih\"}"));
        assertThat(done.path("deadline").path("rule").asText()).isEqualTo("tutup-otomatis");
        assertThat(done.path("deadline").path("dueDate").asText()).isEqualTo("2027-01-07");

        CLOCK.set("2027-01-07T16:59:00Z"); // Thursday 23:59 WIB: the citizen may still answer
        autoClose.closeUnanswered();
        assertThat(ok(admin.get("/api/complaints/" + ticket)).path("closedAt").isNull()).isTrue();

        CLOCK.set("2027-01-07T17:00:00Z"); // Friday 8 January, 00:00 WIB
        autoClose.closeUnanswered();
        autoClose.closeUnanswered();
        JsonNode closed = ok(admin.get("/api/complaints/" + ticket));
        assertThat(closed.path("status").path("code").asText()).isEqualTo("selesai");
        assertThat(closed.path("closedAt").asText()).isEqualTo("2027-01-07T17:00:00Z");
        assertThat(closed.path("deadline").isNull()).isTrue();
        assertThat(closed.path("allowedNext").size()).isZero();
        JsonNode timeline = closed.path("timeline");
        assertThat(timeline.get(timeline.size() - 1).path("actor").asText()).isEqualTo("sistem");
        assertThat(timeline.findValuesAsText("actor")).filteredOn("sistem"::equals).hasSize(1);

        ApiClient.Response reopenByOfficer = admin.post("/api/complaints/" + ticket + "/dispose", "{}");
        assertThat(reopenByOfficer.status()).isEqualTo(409);
        assertThat(reopenByOfficer.json().path("allowed").size()).isZero();
        pressAndSay(citizen, "done:no:" + ticket, "Salurannya mampet lagi");
        assertThat(botMessages(citizen).getLast()).contains("tidak bisa dibuka kembali");

        assertThat(ok(admin.get("/api/complaints?overdue=true&size=100")).path("items").findValuesAsText("ticket"))
                .doesNotContain(ticket);
        assertThat(ok(admin.get("/api/complaints?status=selesai&size=100")).path("items")
                .findValuesAsText("ticket")).contains(ticket);
        JsonNode stats = ok(admin.get("/api/statistics?from=2026-12-18T03:00:00Z&to=2026-12-18T03:00:01Z"));
        assertThat(stats.path("byStatus").path("selesai").asLong()).isEqualTo(1);
        assertThat(stats.path("followedUpShare").asDouble()).as("still counted as followed up").isEqualTo(1.0);
        assertThat(stats.path("overdue").asLong()).isZero();
    }

    @Test
    void anOverdueComplaintIsNoticedOnceByItsAgencysOfficersAndTheAdmins() {
        CLOCK.set("2026-11-23T03:00:00Z"); // Monday: to be verified and disposed by Thursday 26 November
        String ticket = verified(report(chat(), "Pohon tumbang menutup jalan di Jl. Mawar"), "dlh");
        ApiClient dlh = officer("dlh");
        ApiClient pupr = officer("dinas-pupr");
        assertThat(notices(dlh, ticket)).isEmpty();

        CLOCK.set("2026-11-27T05:00:00Z");
        overdueWatch.watch();
        overdueWatch.watch();

        List<JsonNode> mine = notices(dlh, ticket);
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("overdue");
            assertThat(n.path("agency").asText()).isEqualTo("dlh");
            assertThat(n.path("rule").asText()).isEqualTo("verifikasi");
            assertThat(n.path("message").asText()).contains("Kamis, 26 November 2026");
        });
        assertThat(notices(admin, ticket)).hasSize(1);
        assertThat(notices(pupr, ticket)).as("another agency's officer").isEmpty();
        String id = mine.getFirst().path("id").asText();
        assertThat(pupr.post("/api/notifications/" + id + "/read", "").status()).isEqualTo(404);

        assertThat(dlh.post("/api/notifications/" + id + "/read", "").status()).isEqualTo(204);
        assertThat(notices(dlh, ticket)).as("read by this officer").isEmpty();
        assertThat(notices(admin, ticket)).as("still unread for the admin").hasSize(1);
        assertThat(admin.anonymous().get("/api/notifications").status()).isEqualTo(401);
        assertThat(dlh.post("/api/notifications/no-such-id/read", "").status()).isEqualTo(404);
        assertThat(dlh.get("/api/notifications?size=1000").status()).isEqualTo(400);
    }

    private List<JsonNode> notices(ApiClient client, String ticket) {
        List<JsonNode> found = new ArrayList<>();
        ok(client.get("/api/notifications?size=100")).path("items").forEach(n -> {
            if (n.path("ticket").asText().equals(ticket)) {
                found.add(n);
            }
        });
        return found;
    }

    private static void assertMergeProblem(ApiClient.Response r, String problem) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().path("title").asText()).isEqualTo("Merge not allowed");
        assertThat(r.json().path("problem").asText()).isEqualTo(problem);
        assertThat(r.body()).doesNotContain("Exception");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String verified(String ticket, String agency) {
        ok(admin.post("/api/complaints/" + ticket + "/verify", "{\"agency\":\"" + agency + "\"}"));
        return ticket;
    }

    /** A new local chat (the page's session), whose bot messages the test can read. */
    private long chat() {
        return admin.post("/chat/api/sessions", "").json().path("chatId").asLong();
    }

    private String report(long chat, String text) {
        return submission.submit(new NewComplaint(new Reporter(ChatRef.local(chat), "Warga " + chat, null), text,
                "Sukamaju", null, null, null, null, null, Privacy.BIASA, null, List.of(),
                List.of(new TranscriptEntry(CLOCK.instant(), Speaker.CITIZEN, text))))
                .ticket().toString();
    }

    private ApiClient officer(String agency) {
        String name = "petugas-alur" + NAMES.incrementAndGet();
        ApiClient.Response created = admin.post("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\""
                + OFFICER_PASSWORD + "\",\"role\":\"officer\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.as(name, OFFICER_PASSWORD);
    }

    private void pressAndSay(long chat, String button, String text) {
        assertThat(admin.post("/chat/api/messages", "{\"chatId\":" + chat + ",\"button\":\"" + button + "\"}")
                .status()).isEqualTo(202);
        assertThat(admin.post("/chat/api/messages", "{\"chatId\":" + chat + ",\"text\":\"" + text + "\"}")
                .status()).isEqualTo(202);
    }

    private void awaitBotMessage(long chat, String text) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(botMessages(chat)).anySatisfy(m -> assertThat(m).contains(text)));
    }

    private List<String> botMessages(long chat) {
        List<String> texts = new ArrayList<>();
        admin.get("/chat/api/messages?chatId=" + chat).json().forEach(m -> {
            if (m.path("from").asText().equals("bot")) {
                texts.add(m.path("text").asText());
            }
        });
        return texts;
    }
}
