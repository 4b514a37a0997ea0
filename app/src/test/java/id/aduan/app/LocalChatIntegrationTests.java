package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;

/** The local chat page and its HTTP endpoints, as the browser page uses them when no Telegram token is set. */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalChatIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;
    ApiClient api;
    long chat;
    String lastSeen;

    @BeforeEach
    void openChat() {
        api = new ApiClient("http://127.0.0.1:" + port);
        ApiClient.Response session = api.post("/chat/api/sessions", "");
        assertThat(session.status()).isEqualTo(200);
        chat = session.json().path("chatId").asLong();
        lastSeen = null;
    }

    @Test
    void servesTheChatPage() {
        ApiClient.Response page = api.get("/chat");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Aduan").contains("chat/api/messages");
    }

    /** Checked here to share this test's running app: the admin API is described by OpenAPI, with a UI. */
    @Test
    void describesTheAdminApiWithOpenApi() {
        ApiClient.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asText()).isEqualTo("Aduan admin API");
        assertThat(docs.json().path("paths").has("/api/complaints/{ticket}/follow-up")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void givesEachBrowserItsOwnPositiveChatId() {
        long other = api.post("/chat/api/sessions", "").json().path("chatId").asLong();
        assertThat(chat).isPositive().isLessThan(1L << 52);
        assertThat(other).isPositive().isNotEqualTo(chat);
    }

    @Test
    void aCitizenReportsThroughThePageAndGetsATicket() {
        send("{\"text\":\"Lampu jalan mati sudah 5 hari, malam jadi gelap sekali\"}");
        JsonNode consent = newBotMessages().getLast();
        assertThat(consent.path("text").asText()).contains("Setuju?");
        assertThat(consent.path("buttons").findValuesAsText("data")).containsExactly("consent:yes", "consent:no");

        send("{\"button\":\"consent:yes\",\"label\":\"Setuju\"}");
        assertThat(newBotMessages().getLast().path("text").asText()).contains("Di mana lokasinya?");
        assertThat(lastBotMessage().path("locationButton").asText()).isEqualTo("Bagikan lokasi");

        send("{\"latitude\":-6.91474,\"longitude\":107.60981}");
        // "sudah 5 hari" already said when: the next question is about photos.
        assertThat(newBotMessages().getLast().path("text").asText()).contains("Ada foto pendukung?");
        send("{\"button\":\"photo:skip\"}");
        send("{\"button\":\"privacy:rahasia\"}");
        assertThat(newBotMessages().getLast().path("text").asText()).contains("Periksa laporan Anda")
                .contains("Titik lokasi (-6.91474, 107.60981)").contains("Rahasia");
        send("{\"button\":\"send\"}");

        String confirmation = newBotMessages().getLast().path("text").asText();
        assertThat(confirmation).containsPattern("Nomor tiket: ADU-\\d{4}-\\d{6}");
        String ticket = confirmation.replaceAll("(?s).*Nomor tiket: (ADU-\\d{4}-\\d{6}).*", "$1");
        JsonNode stored = api.get("/api/complaints/" + ticket).json();
        assertThat(stored.path("latitude").asDouble()).isEqualTo(-6.91474);
        assertThat(stored.path("privacy").asText()).isEqualTo("rahasia");
        assertThat(stored.path("incidentDate").asText()).isNotBlank();
    }

    @Test
    void theCitizensOwnMessagesAreShownBackInOrder() {
        send("{\"text\":\"halo\"}");
        List<JsonNode> all = messages(null);
        assertThat(all.getFirst().path("from").asText()).isEqualTo("citizen");
        assertThat(all.getFirst().path("text").asText()).isEqualTo("halo");
        assertThat(all).extracting(m -> m.path("from").asText()).contains("bot");
    }

    @Test
    void anEmptyMessageGetsAFriendlyAnswerAndAnEmptyAnswerMidReportIsAskedAgain() {
        send("{\"text\":\"   \"}");
        assertThat(newBotMessages().getLast().path("text").asText()).contains("ceritakan saja masalahnya");

        send("{\"text\":\"Air PDAM di rumah kami mati total sejak tiga hari lalu\"}");
        send("{\"button\":\"consent:yes\"}");
        assertThat(newBotMessages().getLast().path("text").asText()).contains("Di mana lokasinya?");
        send("{\"text\":\"   \"}");
        List<JsonNode> replies = newBotMessages();
        assertThat(replies.getFirst().path("text").asText()).isEqualTo("Pesannya kosong. Silakan ketik jawaban Anda.");
        assertThat(replies.getLast().path("text").asText()).contains("Di mana lokasinya?");
    }

    @Test
    void rejectsBadRequestsWithAProblemThatNamesIt() {
        ApiClient.Response noChat = api.post("/chat/api/messages", "{\"text\":\"halo\"}");
        assertThat(noChat.status()).isEqualTo(400);
        assertThat(noChat.json().path("detail").asText()).contains("chatId");

        ApiClient.Response malformed = api.post("/chat/api/messages", "{\"chatId\": 5, \"text\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText()).startsWith("Malformed JSON request body");

        ApiClient.Response nothing = api.post("/chat/api/messages", "{\"chatId\": " + chat + "}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().path("detail").asText()).contains("text, button or latitude+longitude");

        ApiClient.Response huge = api.post("/chat/api/messages",
                "{\"chatId\": " + chat + ", \"text\": \"" + "a".repeat(20_001) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("detail").asText()).contains("text");

        for (ApiClient.Response r : List.of(noChat, malformed, nothing, huge)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private void send(String fields) {
        ApiClient.Response r = api.post("/chat/api/messages", "{\"chatId\":" + chat + "," + fields.substring(1));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
    }

    private JsonNode lastBotMessage() {
        return messages(null).stream().filter(m -> m.path("from").asText().equals("bot")).toList().getLast();
    }

    private List<JsonNode> newBotMessages() {
        List<JsonNode> fresh = messages(lastSeen);
        if (!fresh.isEmpty()) {
            lastSeen = fresh.getLast().path("id").asText();
        }
        return fresh.stream().filter(m -> m.path("from").asText().equals("bot")).toList();
    }

    private List<JsonNode> messages(String after) {
        JsonNode body = api.get("/chat/api/messages?chatId=" + chat + (after == null ? "" : "&after=" + after))
                .json();
        List<JsonNode> list = new ArrayList<>();
        body.forEach(list::add);
        return list;
    }
}
