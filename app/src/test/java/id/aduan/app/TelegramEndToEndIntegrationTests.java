package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;

/**
 * The whole path, from a Telegram chat to an officer's status change and back: the real app on a random port with
 * its embedded store, the real TelegramBots long-polling client pointed at a fake Bot API on 127.0.0.1, and the
 * admin API driven over HTTP.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramEndToEndIntegrationTests {

    static final long SARI = 9_007_199_254_740_991L; // the largest chat id a 53-bit double keeps exactly
    static final long BUDI = 4_242L;
    static final FakeBotApi TELEGRAM = start();
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    id.aduan.bot.inbox.Inbox inbox;

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
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void aReportGoesFromTheChatToTheOfficersAndTheStatusChangeComesBack() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);

        TELEGRAM.citizenSays(SARI, "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada "
                + "motor jatuh");
        awaitReplyContaining(SARI, "Setuju?");
        assertThat(TELEGRAM.lastButtons(SARI)).containsExactly("consent:yes", "consent:no");

        TELEGRAM.citizenPresses(SARI, "consent:yes");
        awaitReplyContaining(SARI, "Ada foto pendukung?");
        TELEGRAM.citizenSays(SARI, "lewati");
        awaitReplyContaining(SARI, "Bagaimana laporan ini ditampilkan?");
        TELEGRAM.citizenPresses(SARI, "privacy:biasa");
        String summary = awaitReplyContaining(SARI, "Periksa laporan Anda");
        assertThat(summary).contains("Lokasi: depan SDN 3 Sukamaju").contains("Privasi: Biasa");
        assertThat(TELEGRAM.lastButtons(SARI)).containsExactly("send", "edit", "cancel");

        TELEGRAM.citizenPresses(SARI, "send");
        String confirmation = awaitReplyContaining(SARI, "Nomor tiket:");
        Matcher m = TICKET.matcher(confirmation);
        assertThat(m.find()).isTrue();
        String ticket = m.group();
        assertThat(confirmation).contains("paling lambat");

        // Every button press was answered, so the citizen's app stops showing a spinner.
        assertThat(TELEGRAM.calls().stream().filter(c -> c.method().equals("answercallbackquery")).count())
                .isEqualTo(3);

        ApiClient.Response list = api.get("/api/complaints?status=baru");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").findValuesAsText("ticket")).contains(ticket);

        ApiClient.Response detail = api.get("/api/complaints/" + ticket);
        assertThat(detail.status()).isEqualTo(200);
        JsonNode complaint = detail.json();
        assertThat(complaint.path("status").path("code").asText()).isEqualTo("baru");
        assertThat(complaint.path("location").asText()).isEqualTo("depan SDN 3 Sukamaju");
        assertThat(complaint.path("reporter").path("chatId").asLong()).isEqualTo(SARI);
        assertThat(complaint.path("reporter").path("name").asText()).isEqualTo("Sari");
        List<String> transcript = complaint.path("transcript").findValuesAsText("text");
        assertThat(transcript).contains("Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah "
                + "ada motor jatuh", "lewati");
        assertThat(transcript).anyMatch(line -> line.startsWith("Periksa laporan Anda"));
        JsonNode suggestion = complaint.path("suggestion");
        assertThat(suggestion.path("categories")).isNotEmpty();
        double confidence = suggestion.path("categories").get(0).path("confidence").asDouble();
        assertThat(confidence).isBetween(0.0, 1.0);
        assertThat(suggestion.path("agencies")).isNotEmpty();
        assertThat(suggestion.path("modelVersion").asText()).isNotBlank();

        assertThat(api.post("/api/complaints/" + ticket + "/verify", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/complaints/" + ticket + "/dispose",
                "{\"agency\":\"dinas-pupr\",\"note\":\"Diteruskan ke Dinas PUPR\"}").status()).isEqualTo(200);
        ApiClient.Response followUp = api.post("/api/complaints/" + ticket + "/follow-up",
                "{\"note\":\"Tim PUPR akan menambal jalan pada hari Rabu.\"}");
        assertThat(followUp.status()).isEqualTo(200);
        assertThat(followUp.json().path("status").path("code").asText()).isEqualTo("ditindaklanjuti");

        String expected = "Kabar laporan " + ticket + ": status sekarang \"Sedang ditindaklanjuti\".\n"
                + "Catatan petugas: Tim PUPR akan menambal jalan pada hari Rabu.";
        await().atMost(Duration.ofSeconds(15)).until(() -> TELEGRAM.textsTo(SARI).contains(expected));
        assertThat(TELEGRAM.textsTo(SARI)).containsOnlyOnce(expected);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/complaints/" + ticket).json().path("notifications").findValuesAsText("state"))
                .containsOnly("sent"));

        // The citizen asks for the status of their own report.
        TELEGRAM.citizenSays(SARI, "/status " + ticket);
        assertThat(awaitReplyContaining(SARI, "Status: Sedang ditindaklanjuti")).contains(ticket);

        // An illegal move is refused with the allowed ones named, and the citizen hears nothing of it.
        ApiClient.Response illegal = api.post("/api/complaints/" + ticket + "/archive", "{\"reason\":\"ganda\"}");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().path("allowed").findValuesAsText("")).isEmpty();
        assertThat(illegal.json().path("detail").asText()).contains("selesai");
    }

    @Test
    void anotherCitizenCannotSeeSomeoneElsesReportAndOddMessagesGetAFriendlyAnswer() {
        TELEGRAM.citizenSays(BUDI, "/status ADU-2026-000001");
        assertThat(awaitReplyContaining(BUDI, "tidak ditemukan")).doesNotContain("Status:");

        TELEGRAM.citizenSendsSticker(BUDI);
        awaitReplyContaining(BUDI, "belum bisa membaca stiker");

        TELEGRAM.citizenSays(BUDI, "/perintahaneh");
        awaitReplyContaining(BUDI, "Perintah itu tidak saya kenal");

        assertThat(TELEGRAM.textsTo(BUDI)).noneMatch(t -> t.contains("Exception") || t.contains("at id.aduan"));
    }

    @Test
    void inAGroupTheBotAsksOnceForAPrivateChatAndThenStaysQuiet() {
        long group = -1_001_234_567_890L;
        TELEGRAM.someoneSaysInGroup(group, 77L, "Pak, jalan di RT kami rusak parah");
        awaitReplyContaining(group, "chat pribadi");
        int served = TELEGRAM.calls().size();
        TELEGRAM.someoneSaysInGroup(group, 78L, "Iya betul, tolong diperbaiki");

        // Wait until the second message was fetched and handled from the inbox: still only one group reply.
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.calls().stream().skip(served)
                .anyMatch(c -> c.method().equals("getupdates")) && inbox.pendingCount() == 0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.textsTo(group).size() == 1);
    }

    private static String awaitReplyContaining(long chat, String fragment) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> TELEGRAM.textsTo(chat).stream().filter(t -> t.contains(fragment)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }
}
