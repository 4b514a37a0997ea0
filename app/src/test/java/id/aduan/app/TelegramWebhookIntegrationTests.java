package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;

/**
 * Webhook mode with the real app and TelegramBots client against the fake Bot API: the webhook is set with its
 * secret and the handled update types, nothing polls, and a POSTed update is accepted only with the secret, is in
 * the inbox before the 200, is handled once even when Telegram delivers it twice, and bad JSON is a 400.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();
    static final String SECRET = "s3cret_webhook-Token";
    static final String PUBLIC_URL = "https://aduan.example.go.id/telegram/webhook";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.telegram.mode", () -> "webhook");
        registry.add("aduan.telegram.webhook.url", () -> PUBLIC_URL);
        registry.add("aduan.telegram.webhook.secret", () -> SECRET);
        registry.add("aduan.data-dir", () -> dataDir.toString());
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void theWebhookIsSetWithItsSecretAndNothingPolls() {
        JsonNode setWebhook = await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.calls().stream()
                .filter(c -> c.method().equals("setwebhook")).findFirst().map(FakeBotApi.Call::body).orElse(null),
                b -> b != null);
        assertThat(setWebhook.path("url").asText()).isEqualTo(PUBLIC_URL);
        assertThat(setWebhook.path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(JSON.convertValue(setWebhook.path("allowed_updates"), List.class))
                .containsExactlyInAnyOrder("message", "edited_message", "callback_query", "my_chat_member");
        assertThat(TELEGRAM.callsOf("getupdates")).isZero();
    }

    @Test
    void anUpdateIsAcceptedOnlyWithTheSecretAndIsStoredBeforeThe200AndHandledOnce() throws Exception {
        long chat = 55_001L;
        ObjectNode update = TELEGRAM.webhookUpdate(chat, "/bantuan");
        long stored = inboxSize();

        HttpResponse<String> missing = post(update.toString(), null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(missing.body()).path("status").asInt()).isEqualTo(401);
        assertThat(post(update.toString(), "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(post(update.toString(), SECRET.substring(1)).statusCode()).isEqualTo(401);
        assertThat(inboxSize()).isEqualTo(stored);

        HttpResponse<String> accepted = post(update.toString(), SECRET);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(inboxSize()).isEqualTo(stored + 1); // in the inbox when Telegram hears 200

        // Telegram did not hear the 200 in time and delivers it again: stored and answered once.
        assertThat(post(update.toString(), SECRET).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.textsTo(chat).isEmpty());
        assertThat(inboxSize()).isEqualTo(stored + 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.textsTo(chat).size() == 1);
        assertThat(TELEGRAM.textsTo(chat).getFirst()).contains("Cara memakai Aduan");
    }

    @Test
    void aBodyThatIsNotAnUpdateIsA400AndNothingIsStored() throws Exception {
        long stored = inboxSize();
        HttpResponse<String> broken = post("{\"update_id\": 12, \"message\": {", SECRET);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(broken.body()).path("title").asText()).isEqualTo("Not a Telegram update");
        assertThat(post("{\"hello\": 1}", SECRET).statusCode()).isEqualTo(400);
        assertThat(inboxSize()).isEqualTo(stored);
    }

    private long inboxSize() {
        return mongo.count(new Query(), "inbox");
    }

    private HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/telegram/webhook")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
