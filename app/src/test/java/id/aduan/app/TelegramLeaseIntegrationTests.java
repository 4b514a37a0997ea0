package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;

/**
 * Two instances of the app on one store and one bot token, as behind a load balancer: only the holder of the
 * polling lease long-polls (the fake Bot API never sees two getUpdates at once, which real Telegram would answer
 * with 409 Conflict), the other stands by, and takes over when the holder shuts down.
 */
class TelegramLeaseIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void onlyOneOfTwoInstancesPollsAndTheStandbyTakesOverWhenTheHolderStops() {
        MongoServer store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/aduan";
        try (FakeBotApi telegram = TelegramEndToEndIntegrationTests.start();
             ConfigurableApplicationContext first = start(uri, telegram, "first")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> telegram.callsOf("getupdates") > 0);
            try (ConfigurableApplicationContext second = start(uri, telegram, "second")) {
                assertThat(health(first).path("role").asText()).isEqualTo("leader");
                assertThat(health(second).path("role").asText()).isEqualTo("standby");

                // Both run for a while: polls go on, never two at once.
                telegram.resetMostPollsAtOnce();
                long polls = telegram.callsOf("getupdates");
                await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                        .until(() -> telegram.mostPollsAtOnce() <= 1);
                assertThat(telegram.callsOf("getupdates")).isGreaterThan(polls);
                telegram.citizenSays(61L, "/bantuan");
                await().atMost(Duration.ofSeconds(30)).until(() -> telegram.textsTo(61L).size() == 1);

                // The holder shuts down (releasing the lease): the standby polls and answers from now on.
                first.close();
                await().atMost(Duration.ofSeconds(30)).until(() -> "leader".equals(health(second).path("role")
                        .asText()));
                telegram.citizenSays(62L, "/bantuan");
                await().atMost(Duration.ofSeconds(30)).until(() -> telegram.textsTo(62L).size() == 1);
                assertThat(telegram.textsTo(61L)).hasSize(1);
            }
        } finally {
            store.shutdownNow();
        }
    }

    private ConfigurableApplicationContext start(String uri, FakeBotApi telegram, String name) {
        return new SpringApplicationBuilder(AduanApplication.class).run("--server.port=0",
                "--spring.mongodb.uri=" + uri, "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                "--aduan.telegram.api-url=" + telegram.url(), "--aduan.data-dir=" + dataDir.resolve(name),
                "--aduan.telegram.lease.ttl=3s", "--aduan.telegram.lease.renew-every=500ms",
                "--aduan.inbox.poll-interval=200ms");
    }

    private static com.fasterxml.jackson.databind.JsonNode health(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new ApiClient("http://127.0.0.1:" + port).get("/actuator/health").json().path("components")
                .path("telegram").path("details");
    }
}
