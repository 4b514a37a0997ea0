package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
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
 * What an operator's monitoring sees, over HTTP: the health check (UP on the embedded store, only the status for
 * anonymous callers, every part for admins), and the Prometheus scrape with Aduan's Telegram meters moving as
 * updates arrive; the scrape is for admins only.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservabilityIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();
    static final long CHAT = 31_337L;

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.data-dir", () -> dataDir.toString());
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    ApiClient admin() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void healthIsUpOnTheEmbeddedStoreAndOnlyAdminsSeeItsParts() {
        ApiClient.Response anonymous = admin().anonymous().get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();

        JsonNode telegram = await().atMost(Duration.ofSeconds(30)).until(
                () -> admin().get("/actuator/health").json(),
                h -> h.path("components").path("telegram").path("details").has("secondsSinceLastPoll"))
                .path("components").path("telegram");
        assertThat(telegram.path("status").asText()).isEqualTo("UP");
        assertThat(telegram.path("details").path("state").asText()).isEqualTo("polling");
        assertThat(telegram.path("details").path("secondsSinceLastPoll").asLong()).isBetween(0L, 90L);
        assertThat(telegram.path("details").path("outboxBacklog").isNumber()).isTrue();

        ApiClient.Response health = admin().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode mongo = health.json().path("components").path("mongo");
        assertThat(mongo.path("status").asText()).isEqualTo("UP");
        assertThat(mongo.path("details").path("store").asText()).isEqualTo("embedded");
        assertThat(admin().anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void thePrometheusScrapeCountsUpdatesDuplicatesAndSendsForAdminsOnly() {
        assertThat(admin().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);

        String before = scrape();
        double received = value(before, "aduan_telegram_updates_received_total");
        double duplicates = value(before, "aduan_telegram_updates_duplicates_total");
        double sent = value(before, "aduan_telegram_sends_total{outcome=\"sent\"}");
        assertThat(before).contains("aduan_telegram_rate_limited_total", "outcome=\"retried\"",
                "outcome=\"failed\"", "outcome=\"blocked\"");

        TELEGRAM.citizenSaysTwiceInOneBatch(CHAT, "/bantuan");
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.textsTo(CHAT).isEmpty());

        String after = await().atMost(Duration.ofSeconds(10)).until(this::scrape,
                s -> value(s, "aduan_telegram_sends_total{outcome=\"sent\"}") > sent);
        assertThat(value(after, "aduan_telegram_updates_received_total")).isEqualTo(received + 2);
        assertThat(value(after, "aduan_telegram_updates_duplicates_total")).isEqualTo(duplicates + 1);
    }

    private String scrape() {
        ApiClient.Response response = admin().get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The value of one sample in the Prometheus text format, e.g. {@code name{tag="x"} 3.0}. */
    private static double value(String scrape, String sample) {
        String name = sample.contains("{") ? sample.substring(0, sample.indexOf('{')) : sample;
        String labels = sample.contains("{") ? sample.substring(sample.indexOf('{') + 1, sample.length() - 1) : "";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(scrape);
        while (m.find()) {
            if (labels.isEmpty() || (m.group(1) != null && m.group(1).contains(labels))) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no sample " + sample + " in the scrape");
    }
}
