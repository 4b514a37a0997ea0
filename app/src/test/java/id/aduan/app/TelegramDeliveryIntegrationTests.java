package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.SuggestionSnapshot;
import id.aduan.complaint.TranscriptEntry;
import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;

/**
 * Sending through the real TelegramBots client to the fake Bot API when Telegram pushes back: 429 with
 * retry_after, 502s, a citizen who blocked the bot and comes back, notifications that keep failing, and button
 * presses on messages Telegram no longer shows.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramDeliveryIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    ComplaintSubmission submission;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.notifications.poll-interval", () -> "200ms");
        registry.add("aduan.notifications.max-backoff", () -> "1s");
        registry.add("aduan.notifications.give-up-after", () -> "3s");
    }

    @AfterEach
    void noLeftoverFailures() {
        TELEGRAM.clearFailures();
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void a429IsRetriedOnlyAfterRetryAfterAndTheReplyArrivesOnce() {
        long chat = 7_001L;
        TELEGRAM.failNextSendsTo(chat, new FakeBotApi.Failure(429, "Too Many Requests: retry after 2", 2));
        TELEGRAM.citizenSays(chat, "/bantuan");

        // the fake records every attempt: the refused one and the one that went through
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(chat).size() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.textsTo(chat).size() == 2);
        assertThat(TELEGRAM.textsTo(chat)).allMatch(t -> t.contains("Cara memakai Aduan"));
        List<FakeBotApi.Call> attempts = TELEGRAM.sends().stream()
                .filter(c -> c.body().path("chat_id").asLong() == chat).toList();
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void transient502sAreRetriedAndTheReplyArrivesOnce() {
        long chat = 7_002L;
        TELEGRAM.failNextSendsTo(chat, new FakeBotApi.Failure(502, "Bad Gateway", null),
                new FakeBotApi.Failure(502, "Bad Gateway", null));
        TELEGRAM.citizenSays(chat, "/bantuan");

        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(chat).size() == 3);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.textsTo(chat).size() == 3); // two refused, one delivered, no more
    }

    @Test
    void aBlockedCitizenIsFlaggedForOfficersAndHearsTheNewsOnceTheyComeBack() {
        long chat = 4_503_599_627_370_501L; // above 2^52, through storage and JSON
        String ticket = submitComplaintOf(chat);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        TELEGRAM.citizenBlocksBot(chat);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/complaints/" + ticket).json()
                .path("citizenUnreachable").asBoolean());

        assertThat(api.post("/api/complaints/" + ticket + "/verify", "{}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/complaints/" + ticket).json()
                .path("notifications").findValuesAsText("state").contains("unreachable"));
        JsonNode blocked = api.get("/api/complaints/" + ticket).json();
        assertThat(blocked.path("citizenUnreachable").asBoolean()).isTrue();
        assertThat(blocked.path("failedNotifications").asLong()).isEqualTo(1);
        assertThat(blocked.path("reporter").path("chatId").asLong()).isEqualTo(chat);
        long refused = TELEGRAM.sends().stream().filter(c -> c.body().path("chat_id").asLong() == chat).count();
        assertThat(refused).isEqualTo(1); // a 403 is not retried

        TELEGRAM.citizenUnblocksBot(chat);
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.textsTo(chat).stream()
                .filter(t -> t.contains("Kabar laporan " + ticket)).count() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/complaints/" + ticket).json()
                .path("notifications").findValuesAsText("state").equals(List.of("sent")));
        assertThat(api.get("/api/complaints/" + ticket).json().path("citizenUnreachable").asBoolean()).isFalse();
    }

    @Test
    void aNotificationThatKeepsFailingIsMarkedFailedForTheOfficers() {
        long chat = 7_004L;
        String ticket = submitComplaintOf(chat);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        TELEGRAM.failNextSendsTo(chat, IntStream.range(0, 40)
                .mapToObj(i -> new FakeBotApi.Failure(502, "Bad Gateway", null)).toArray(FakeBotApi.Failure[]::new));
        assertThat(api.post("/api/complaints/" + ticket + "/verify", "{}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/complaints/" + ticket).json()
                .path("notifications").findValuesAsText("state").contains("failed"));
        JsonNode failed = api.get("/api/complaints/" + ticket).json();
        assertThat(failed.path("failedNotifications").asLong()).isEqualTo(1);
        assertThat(failed.path("notifications").get(0).path("lastError").asText()).contains("502");
        assertThat(failed.path("citizenUnreachable").asBoolean()).isFalse();
        assertThat(api.get("/api/complaints?size=100").json().path("items").findValues("failedNotifications")
                .stream().mapToLong(JsonNode::asLong).sum()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void staleAndUnknownButtonPressesAreAnswered() {
        long chat = 7_005L;
        TELEGRAM.citizenPressesStaleButton(chat, "tidak-dikenal");
        TELEGRAM.citizenPresses(chat, "tombol-lama");
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.calls().stream()
                .filter(c -> c.method().equals("answercallbackquery"))
                .map(c -> c.body().path("callback_query_id").asText())
                .filter(id -> id.startsWith("cbq-")).count() >= 2);
        assertThat(TELEGRAM.calls().stream().filter(c -> c.method().equals("answercallbackquery"))
                .map(c -> c.body().path("callback_query_id").asText())).anyMatch(id -> id.startsWith("cbq-stale-"));
    }

    @Test
    void everyButtonSentFitsTelegramsCallbackDataLimit() {
        long chat = 7_006L;
        TELEGRAM.citizenSays(chat, "Lampu jalan di gang Melati mati sejak tiga hari, gelap sekali malam hari");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TELEGRAM.lastButtons(chat).isEmpty());
        TELEGRAM.citizenPresses(chat, "consent:yes");
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.textsTo(chat).size() >= 2);
        assertThat(TELEGRAM.sends()).allSatisfy(c -> c.body().path("reply_markup").path("inline_keyboard")
                .forEach(row -> row.forEach(b -> assertThat(b.path("callback_data").asText()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64))));
    }

    @Test
    void photosAreFetchedOnReceiptThroughTheConfiguredUrlAndLimitsAreExplained() {
        long chat = 7_007L;
        TELEGRAM.citizenSendsPhoto(chat, "foto-jalan", 150_000);
        await().atMost(Duration.ofSeconds(20)).until(() -> java.nio.file.Files.exists(
                dataDir.resolve("media/telegram/u-foto-jalan.jpg")));
        assertThat(TELEGRAM.calls()).anyMatch(c -> c.method().equals("file")
                && c.body().path("path").asText().endsWith("photos/foto-jalan.jpg"));

        TELEGRAM.citizenSendsPhoto(chat, "foto-besar", 25L * 1024 * 1024);
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.textsTo(chat).stream()
                .anyMatch(t -> t.contains("lebih dari 20 MB")));

        TELEGRAM.citizenSendsPhoto(chat, "broken-1", 1_000);
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.textsTo(chat).stream()
                .anyMatch(t -> t.contains("belum berhasil kami simpan")));
    }

    @Test
    void pollsOnlyForWhatTheBotHandlesWithALongPollTimeout() {
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.calls().stream()
                .anyMatch(c -> c.method().equals("getupdates")));
        JsonNode poll = TELEGRAM.calls().stream().filter(c -> c.method().equals("getupdates")).findFirst()
                .orElseThrow().body();
        assertThat(poll.path("allowed_updates").findValuesAsText("")).isEmpty();
        assertThat(poll.path("allowed_updates")).extracting(JsonNode::asText)
                .containsExactly("message", "edited_message", "callback_query", "my_chat_member");
        assertThat(poll.path("timeout").asInt()).isBetween(30, 50);
    }

    private String submitComplaintOf(long chatId) {
        Suggestion suggestion = new Suggestion(List.of(new Scored<>(CategoryCode.of("jalan-jembatan"), 0.91)),
                List.of(new Scored<>(AgencyCode.of("dinas-pupr"), 0.88)), ReportType.PENGADUAN, 0.5, "test-1");
        return submission.submit(new NewComplaint(new Reporter(ChatRef.telegram(chatId), "Sari", "sari"),
                "Jalan berlubang di depan pasar", "depan pasar", null, null, "kemarin", null, ReportType.PENGADUAN,
                Privacy.BIASA, SuggestionSnapshot.of(suggestion), List.of(),
                List.of(new TranscriptEntry(Instant.now(), Speaker.CITIZEN, "Jalan berlubang di depan pasar"))))
                .ticket().toString();
    }
}
