package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import id.aduan.AduanApplication;
import id.aduan.bot.inbox.InboxWorkers;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.ComplaintRepository;

/**
 * The persisted inbox with the real TelegramBots long-polling client against the fake Bot API, which forgets
 * updates once acknowledged, as Telegram does: updates received but not handled when the process stops are
 * handled after a restart, and an update delivered twice (in one batch, or again after the restart) is handled
 * once.
 */
class TelegramInboxIntegrationTests {

    static final long SARI = 9_007_199_254_740_991L;
    static final long BUDI = 4_503_599_627_370_497L; // above 2^52
    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();

    @TempDir
    static Path dataDir;

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    static ConfigurableApplicationContext startApp() {
        return new SpringApplicationBuilder(AduanApplication.class).run("--server.port=0",
                "--aduan.telegram.token=" + FakeBotApi.TOKEN, "--aduan.telegram.api-url=" + TELEGRAM.url(),
                "--aduan.data-dir=" + dataDir, "--aduan.inbox.poll-interval=200ms");
    }

    @Test
    void updatesReceivedBeforeAStopAreHandledAfterTheRestartAndDuplicatesOnlyOnce() {
        int firstUpdate = TELEGRAM.lastUpdateId() + 1;
        try (ConfigurableApplicationContext first = startApp()) {
            // The process "dies" after receiving and before handling: its workers take nothing from the inbox.
            first.getBean("telegramInboxWorkers", InboxWorkers.class).pause(true);
            TELEGRAM.citizenSays(SARI, "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah "
                    + "ada motor jatuh");
            TELEGRAM.citizenPresses(SARI, "consent:yes");
            TELEGRAM.citizenSays(SARI, "lewati");
            TELEGRAM.citizenPresses(SARI, "privacy:biasa");
            TELEGRAM.citizenPresses(SARI, "send");
            int last = TELEGRAM.lastUpdateId();

            // Telegram has forgotten them (acknowledged by the next getUpdates), and only the inbox has them.
            await().atMost(Duration.ofSeconds(60)).until(() -> TELEGRAM.acknowledged() >= last);
            MongoOperations mongo = first.getBean(MongoOperations.class);
            assertThat(mongo.count(new Query(), "inbox")).isEqualTo(5);
            assertThat(TELEGRAM.textsTo(SARI)).isEmpty();
        }

        try (ConfigurableApplicationContext second = startApp()) {
            String confirmation = await().atMost(Duration.ofSeconds(60)).until(() -> TELEGRAM.textsTo(SARI).stream()
                    .filter(t -> t.contains("Nomor tiket:")).findFirst().orElse(null), Objects::nonNull);
            assertThat(confirmation).containsPattern("ADU-\\d{4}-\\d{6}");
            ComplaintRepository complaints = second.getBean(ComplaintRepository.class);
            assertThat(complaints.findByReporterChatOrderByCreatedAtDesc(ChatRef.telegram(SARI))).hasSize(1);

            // Telegram delivers the first message and the "send" press again (the new process polls from offset 1).
            TELEGRAM.deliverAgain(TELEGRAM.update(firstUpdate));
            TELEGRAM.deliverAgain(TELEGRAM.update(firstUpdate + 4));
            // ... and another citizen's message arrives twice in one batch.
            TELEGRAM.citizenSaysTwiceInOneBatch(BUDI, "/bantuan");
            // A later message from each chat is handled after the duplicates would have been (order per chat).
            TELEGRAM.citizenSays(SARI, "/laporanku");
            TELEGRAM.citizenSays(BUDI, "/laporanku");
            await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(SARI).stream()
                    .anyMatch(t -> t.contains("Laporan Anda:")));
            await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(BUDI).stream()
                    .anyMatch(t -> t.contains("Anda belum punya laporan")));

            assertThat(TELEGRAM.textsTo(SARI).stream().filter(t -> t.contains("Setuju?"))).hasSize(1);
            assertThat(TELEGRAM.textsTo(SARI).stream().filter(t -> t.contains("Nomor tiket:"))).hasSize(1);
            assertThat(complaints.findByReporterChatOrderByCreatedAtDesc(ChatRef.telegram(SARI))).hasSize(1);
            assertThat(TELEGRAM.textsTo(BUDI).stream().filter(t -> t.contains("Cara memakai Aduan"))).hasSize(1);
            // 5 from before the restart, /bantuan once, /laporanku twice: the repeats were not stored again
            assertThat(second.getBean(MongoOperations.class).count(new Query(), "inbox")).isEqualTo(8);
        }
    }
}
