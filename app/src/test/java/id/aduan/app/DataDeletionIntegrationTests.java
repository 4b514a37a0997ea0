package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;

/**
 * A citizen's /hapusdata request carried out or refused by an admin (UU PDP), end to end: the real Telegram client
 * against the fake Bot API, the admin API over HTTP, and the store checked directly for what must be gone.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataDeletionIntegrationTests {

    static final FakeBotApi TELEGRAM = start();
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    static final AtomicLong CHATS = new AtomicLong(90_000);
    static final AtomicInteger NAMES = new AtomicInteger();
    static final String MARKER = "[dihapus atas permintaan warga]";
    static final String REPORT = "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor "
            + "jatuh. Nama saya Budi Santoso, hubungi 081234567890";

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;

    static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.notifications.poll-interval", () -> "200ms");
        // several chats report the same pothole here: no "ikut memantau" offer (a score is at most 1)
        registry.add("aduan.bot.similar.min-score", () -> "2");
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void carryingOutARequestErasesTheCitizensPersonalDataButKeepsTheComplaint() {
        ApiClient admin = api();
        Citizen sari = new Citizen();
        String ticket = sari.reports();
        Citizen other = new Citizen();
        String othersTicket = other.reports();
        assertThat(admin.post("/api/complaints/" + ticket + "/verify", "{\"agency\":\"dinas-pupr\"}").status())
                .isEqualTo(200);
        JsonNode before = admin.get("/api/complaints/" + ticket).json();
        assertThat(before.path("reporter").path("name").asText()).isEqualTo("Sari");
        assertThat(before.path("description").asText()).contains("Budi Santoso").contains("081234567890");
        sari.says("/hapusdata", "Permintaan penghapusan data pribadi Anda sudah kami catat");
        String request = requestOf(sari.chat).path("id").asText();
        assertThat(requestOf(sari.chat).path("state").asText()).isEqualTo("menunggu");

        ApiClient.Response done = admin.post("/api/deletion-requests/" + request + "/approve", "");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("state").asText()).isEqualTo("dilaksanakan");
        assertThat(done.json().path("decidedBy").asText()).isEqualTo("admin");
        assertThat(done.json().path("erasedComplaints").toString()).contains(ticket).doesNotContain(othersTicket);
        // The citizen is told, once, through the outbox.
        sari.awaitNew(0, "Permintaan Anda sudah kami laksanakan");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(requestOf(sari.chat).path("citizenTold").asText()).isEqualTo("sent"));

        // The API shows the complaint without the citizen: ticket, category, agency, status and timeline stay.
        ApiClient.Response after = admin.get("/api/complaints/" + ticket);
        assertThat(after.status()).isEqualTo(200);
        JsonNode c = after.json();
        assertThat(c.path("ticket").asText()).isEqualTo(ticket);
        assertThat(c.path("status").path("code").asText()).isEqualTo(before.path("status").path("code").asText());
        assertThat(c.path("category")).isEqualTo(before.path("category"));
        assertThat(c.path("agency").path("code").asText()).isEqualTo("dinas-pupr");
        assertThat(c.path("timeline")).isEqualTo(before.path("timeline"));
        assertThat(c.path("reporter").isMissingNode() || c.path("reporter").isNull()).isTrue();
        assertThat(c.path("description").asText()).startsWith("Jalan di depan SDN 3 Sukamaju berlubang")
                .contains("[nama disamarkan]").contains("[nomor HP disamarkan]");
        assertThat(c.path("transcript").findValues("speaker").stream().map(JsonNode::asText).toList())
                .contains("citizen");
        for (JsonNode line : c.path("transcript")) {
            if (line.path("speaker").asText().equalsIgnoreCase("citizen")) {
                assertThat(line.path("text").asText()).isEqualTo(MARKER);
            }
        }
        assertThat(after.body()).doesNotContain("Budi Santoso").doesNotContain("081234567890")
                .doesNotContain("sari_warga").doesNotContain("\"Sari\"");
        // Nor in the list, the CSV export or the search.
        assertThat(admin.get("/api/complaints?q=Santoso").body()).doesNotContain(ticket);
        assertThat(admin.get("/api/complaints/export.csv").body().lines().filter(l -> l.startsWith(ticket)))
                .singleElement().asString().doesNotContain("Budi Santoso").doesNotContain("081234567890");

        // And nothing in the store links the chat or keeps what the citizen wrote.
        Document stored = mongo.findOne(query(where("ticket").is(ticket)), Document.class, "complaints");
        assertThat(stored.toJson()).doesNotContain("Budi Santoso").doesNotContain("081234567890")
                .doesNotContain("sari_warga").doesNotContain(Long.toString(sari.chat));
        assertThat(mongo.count(query(where("reporter.chat.chatId").is(sari.chat)), "complaints")).isZero();
        assertThat(mongo.count(query(where("_id").is("telegram:" + sari.chat)), "conversations")).isZero();
        assertThat(mongo.count(query(where("chatKey").is("telegram:" + sari.chat).and("handledAt").ne(null)),
                "inbox")).isZero();
        // The other citizen's complaint and conversation are untouched.
        JsonNode others = admin.get("/api/complaints/" + othersTicket).json();
        assertThat(others.path("reporter").path("chatId").asLong()).isEqualTo(other.chat);
        assertThat(others.path("description").asText()).contains("Budi Santoso");
        assertThat(mongo.count(query(where("_id").is("telegram:" + other.chat)), "conversations")).isOne();

        // Audited: the decision and each erased complaint.
        JsonNode audit = admin.get("/api/audit?target=deletion-request:" + request).json();
        assertThat(audit.findValuesAsText("action")).containsExactly("deletion-request.carry-out");
        assertThat(admin.get("/api/audit?target=" + ticket).json().findValuesAsText("action"))
                .contains("complaint.erase-personal-data");

        // Carrying it out again changes nothing and tells the citizen nothing new.
        ApiClient.Response again = admin.post("/api/deletion-requests/" + request + "/approve", "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("state").asText()).isEqualTo("dilaksanakan");
        assertThat(again.json().path("decidedAt")).isEqualTo(done.json().path("decidedAt"));
        assertThat(admin.get("/api/audit?target=deletion-request:" + request).json().findValuesAsText("action"))
                .hasSize(1);
        assertThat(TELEGRAM.textsTo(sari.chat).stream().filter(t -> t.contains("sudah kami laksanakan")).count())
                .isOne();

        // Later status changes are not sent to anyone.
        assertThat(admin.post("/api/complaints/" + ticket + "/dispose", "{\"note\":\"ke PUPR\"}").status())
                .isEqualTo(200);
        assertThat(admin.get("/api/complaints/" + ticket).json().path("notifications").findValuesAsText("state"))
                .doesNotContain("pending");

        // The citizen can start again: the bot asks for consent anew.
        sari.says("Lampu jalan di Gang Melati Kel. Sukamaju mati sejak 5 hari lalu", "Setuju?");
    }

    @Test
    void anOfficerCannotSeeCarryOutOrRefuseDeletionRequests() {
        ApiClient admin = api();
        Citizen citizen = new Citizen();
        citizen.says("/hapusdata", "sudah kami catat");
        String request = requestOf(citizen.chat).path("id").asText();
        ApiClient officer = officer(admin, "dinas-pupr");

        assertProblem(officer.get("/api/deletion-requests"), 403);
        assertProblem(officer.post("/api/deletion-requests/" + request + "/approve", ""), 403);
        assertProblem(officer.post("/api/deletion-requests/" + request + "/refuse", "{\"reason\":\"tidak\"}"), 403);
        assertProblem(admin.anonymous().post("/api/deletion-requests/" + request + "/approve", ""), 401);

        assertThat(requestOf(citizen.chat).path("state").asText()).isEqualTo("menunggu");
    }

    @Test
    void aRefusalNeedsAReasonWhichTheCitizenIsTold() {
        ApiClient admin = api();
        Citizen citizen = new Citizen();
        String ticket = citizen.reports();
        citizen.says("/hapusdata", "sudah kami catat");
        String request = requestOf(citizen.chat).path("id").asText();

        ApiClient.Response noReason = admin.post("/api/deletion-requests/" + request + "/refuse", "{\"reason\":\" \"}");
        assertProblem(noReason, 400);
        assertThat(noReason.body()).contains("reason");
        assertProblem(admin.post("/api/deletion-requests/no-such-request/approve", ""), 404);

        String why = "Laporan Anda masih diperlukan untuk proses hukum yang berjalan.";
        ApiClient.Response refused = admin.post("/api/deletion-requests/" + request + "/refuse",
                "{\"reason\":\"" + why + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().path("state").asText()).isEqualTo("ditolak");
        citizen.awaitNew(0, "Alasannya: " + why);

        ApiClient.Response approve = admin.post("/api/deletion-requests/" + request + "/approve", "");
        assertProblem(approve, 409);
        assertThat(approve.json().path("state").asText()).isEqualTo("ditolak");
        assertThat(admin.get("/api/complaints/" + ticket).json().path("reporter").path("chatId").asLong())
                .isEqualTo(citizen.chat);
        assertThat(admin.get("/api/audit?target=deletion-request:" + request).json().findValuesAsText("action"))
                .containsExactly("deletion-request.refuse");

        // Once refused, the citizen may ask again: that is a new request for the admins.
        citizen.says("/hapusdata", "Permintaan penghapusan data pribadi Anda sudah kami catat");
        assertThat(requestsOf(citizen.chat)).extracting(r -> r.path("state").asText())
                .containsExactlyInAnyOrder("ditolak", "menunggu");
    }

    @Test
    void askingAgainWhileTheRequestWaitsRecordsNothingNew() {
        Citizen citizen = new Citizen();
        citizen.says("/hapusdata", "sudah kami catat");

        String again = citizen.says("/hapusdata", "masih menunggu admin");

        assertThat(again).contains("Tidak perlu dikirim lagi");
        assertThat(requestsOf(citizen.chat)).hasSize(1);
    }

    private List<JsonNode> requestsOf(long chat) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode r : api().get("/api/deletion-requests").json()) {
            if (r.path("chatId").asLong() == chat) {
                found.add(r);
            }
        }
        return found;
    }

    private JsonNode requestOf(long chat) {
        for (JsonNode r : api().get("/api/deletion-requests").json()) {
            if (r.path("chatId").asLong() == chat) {
                return r;
            }
        }
        throw new AssertionError("no deletion request of chat " + chat);
    }

    private static ApiClient officer(ApiClient admin, String agency) {
        String name = "petugas-hapus" + NAMES.incrementAndGet();
        ApiClient.Response created = admin.post("/api/accounts", "{\"username\":\"" + name
                + "\",\"password\":\"officer-password-123\",\"role\":\"officer\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.as(name, "officer-password-123");
    }

    private static void assertProblem(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asText()).isNotBlank();
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** One citizen with a chat of their own, and what the bot has sent to it so far. */
    static final class Citizen {

        final long chat = CHATS.incrementAndGet();

        /** Reports the pothole (with a name and a phone number in it) and returns the ticket. */
        String reports() {
            says(REPORT, "Setuju?");
            presses("consent:yes", "Ada foto pendukung?");
            says("lewati", "Bagaimana laporan ini ditampilkan?");
            presses("privacy:biasa", "Periksa laporan Anda");
            String confirmation = presses("send", "Nomor tiket:");
            Matcher m = TICKET.matcher(confirmation);
            assertThat(m.find()).isTrue();
            return m.group();
        }

        String says(String text, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenSays(chat, text);
            return awaitNew(before, expected);
        }

        String presses(String data, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenPresses(chat, data);
            return awaitNew(before, expected);
        }

        /** Waits for a message sent after the first {@code before} ones that contains the fragment. */
        String awaitNew(int before, String expected) {
            return await().atMost(Duration.ofSeconds(20)).until(() -> {
                List<String> texts = TELEGRAM.textsTo(chat);
                return texts.subList(Math.min(before, texts.size()), texts.size()).stream()
                        .filter(t -> t.contains(expected)).findFirst().orElse(null);
            }, java.util.Objects::nonNull);
        }
    }
}
