package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;

/**
 * A citizen halfway through a report when the app restarts goes on where they were: the app is closed and started
 * again on the same data directory, while the same Telegram chat (the fake Bot API) keeps talking to it.
 */
class ConversationRestartIntegrationTests {

    static final long CHAT = 81_001L;

    @TempDir
    Path dataDir;

    FakeBotApi telegram;
    ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aHalfWrittenReportResumesAfterARestart() throws Exception {
        telegram = new FakeBotApi();
        app = start();
        int before = telegram.textsTo(CHAT).size();
        telegram.citizenSays(CHAT, "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor "
                + "jatuh");
        awaitNew(before, "Setuju?");
        before = telegram.textsTo(CHAT).size();
        telegram.citizenPresses(CHAT, "consent:yes");
        awaitNew(before, "Ada foto pendukung?");

        app.close();
        app = start();

        before = telegram.textsTo(CHAT).size();
        telegram.citizenSays(CHAT, "lewati");
        awaitNew(before, "Bagaimana laporan ini ditampilkan?");
        before = telegram.textsTo(CHAT).size();
        telegram.citizenPresses(CHAT, "privacy:biasa");
        String summary = awaitNew(before, "Periksa laporan Anda");
        assertThat(summary).contains("Keluhan: Jalan di depan SDN 3 Sukamaju").contains("Lokasi: depan SDN 3");
        before = telegram.textsTo(CHAT).size();
        telegram.citizenPresses(CHAT, "send");
        assertThat(awaitNew(before, "Nomor tiket:")).containsPattern("ADU-\\d{4}-\\d{6}");
        // The consent given before the restart still counts: it is not asked again.
        assertThat(telegram.textsTo(CHAT).stream().filter(t -> t.contains("Setuju?")).count()).isEqualTo(1);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AduanApplication.class).run(
                "--server.port=0",
                "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                "--aduan.telegram.api-url=" + telegram.url(),
                "--aduan.data-dir=" + dataDir,
                "--aduan.notifications.poll-interval=200ms");
    }

    private String awaitNew(int before, String expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> texts = telegram.textsTo(CHAT);
            return texts.subList(Math.min(before, texts.size()), texts.size()).stream()
                    .filter(t -> t.contains(expected)).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }
}
