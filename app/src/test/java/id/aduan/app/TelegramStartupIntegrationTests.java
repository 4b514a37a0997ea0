package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;

/**
 * Start-up against a Telegram that cannot be used: a rejected token stops polling with one clear log line, and
 * an unreachable Bot API is retried in the background; in both cases the admin API serves.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramStartupIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void aRejectedTokenStopsPollingWithOneLogLineAndTheApiStillServes(CapturedOutput output) {
        try (FakeBotApi telegram = TelegramEndToEndIntegrationTests.start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AduanApplication.class).run(
                     "--server.port=0", "--aduan.telegram.token=999:WRONG", "--aduan.telegram.api-url=" + telegram.url(),
                     "--aduan.data-dir=" + dataDir)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                    "Telegram rejected the bot token (401 Unauthorized)"));
            assertThat(api(app).get("/api/complaints").status()).isEqualTo(200);
            assertThat(output.getOut().split("Telegram rejected the bot token", -1)).hasSize(2);
        }
    }

    @Test
    void aTokenRevokedWhileRunningStopsPollingWithOneLogLineAndTheApiStillServes(CapturedOutput output) {
        try (FakeBotApi telegram = TelegramEndToEndIntegrationTests.start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AduanApplication.class).run(
                     "--server.port=0", "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                     "--aduan.telegram.api-url=" + telegram.url(), "--aduan.data-dir=" + dataDir)) {
            telegram.citizenSays(77L, "/bantuan");
            await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.textsTo(77L).isEmpty());
            // A webhook left over from an earlier webhook-mode run is deleted before the first poll.
            java.util.List<String> methods = telegram.calls().stream().map(FakeBotApi.Call::method).toList();
            assertThat(methods.indexOf("deletewebhook")).isNotNegative().isLessThan(methods.indexOf("getupdates"));

            telegram.revokeToken();
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                    "Telegram rejected the bot token (401 Unauthorized)"));
            // Polling has stopped: no more getUpdates, rather than a retry loop that floods the log.
            long polls = telegram.callsOf("getupdates");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> telegram.callsOf("getupdates") == polls);
            assertThat(output.getOut().split("Telegram rejected the bot token", -1)).hasSize(2);
            assertThat(output.getOut()).doesNotContain("Error received from Telegram GetUpdates");
            assertThat(api(app).get("/api/complaints").status()).isEqualTo(200);
            // The operator's health check says why; the load balancer's readiness probe is unaffected.
            ApiClient.Response health = api(app).get("/actuator/health");
            assertThat(health.json().path("components").path("telegram").path("status").asText())
                    .isEqualTo("OUT_OF_SERVICE");
            assertThat(api(app).anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    @Test
    void theApiServesWhileTelegramIsUnreachable(CapturedOutput output) throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AduanApplication.class).run(
                "--server.port=0", "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                "--aduan.telegram.api-url=http://127.0.0.1:" + closedPort, "--aduan.data-dir=" + dataDir)) {
            assertThat(api(app).get("/api/complaints").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                    "Telegram not reachable yet"));
        }
    }

    private static ApiClient api(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new ApiClient("http://127.0.0.1:" + port);
    }
}
