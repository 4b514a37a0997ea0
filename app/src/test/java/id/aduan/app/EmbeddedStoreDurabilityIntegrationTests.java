package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complaint the bot has confirmed to the citizen survives {@code kill -9} of the process right after the
 * confirmation: the app runs as a separate JVM on the embedded file store, is killed with SIGKILL the moment the
 * ticket is shown, and is started again on the same data directory.
 */
class EmbeddedStoreDurabilityIntegrationTests {

    @TempDir
    Path dataDir;
    Process app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void aConfirmedComplaintSurvivesKillMinusNine() throws Exception {
        int port = freePort();
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        app = start(port, "first");
        long chat = awaitReady(api);

        String message = "{\"text\":\"Sampah di TPS Pasar Baru tidak diangkut seminggu, baunya sampai ke rumah "
                + "warga\"}";
        String shown = "";
        for (int turn = 0; turn < 12 && !shown.contains("Nomor tiket"); turn++) {
            assertThat(api.post("/chat/api/messages", "{\"chatId\":" + chat + "," + message.substring(1)).status())
                    .isEqualTo(202);
            shown = api.get("/chat/api/messages?chatId=" + chat).body();
            message = answer(lastBotText(api, chat));
        }
        app.destroyForcibly().waitFor(); // SIGKILL right after the citizen saw the ticket

        Matcher ticket = Pattern.compile("ADU-\\d{4}-\\d{6}").matcher(shown);
        assertThat(ticket.find()).as("the ticket was shown").isTrue();

        app = start(port, "second");
        awaitReady(api);
        ApiClient.Response stored = api.get("/api/complaints/" + ticket.group());
        assertThat(stored.status()).isEqualTo(200);
        JsonNode complaint = stored.json();
        assertThat(complaint.path("description").asText()).startsWith("Sampah di TPS Pasar Baru");
        assertThat(complaint.path("transcript")).isNotEmpty();
    }

    /** Answers whatever the bot asked last, the way a cooperative citizen would. */
    private static String answer(String question) {
        if (question.contains("Setuju?")) {
            return "{\"button\":\"consent:yes\"}";
        }
        if (question.contains("Di mana lokasinya?")) {
            return "{\"text\":\"TPS Pasar Baru, Kel. Sukamaju\"}";
        }
        if (question.contains("Kapan kejadiannya?")) {
            return "{\"text\":\"kemarin\"}";
        }
        if (question.contains("foto")) {
            return "{\"button\":\"photo:skip\"}";
        }
        if (question.contains("ditampilkan?")) {
            return "{\"button\":\"privacy:biasa\"}";
        }
        if (question.contains("Periksa laporan Anda")) {
            return "{\"button\":\"send\"}";
        }
        return "{\"text\":\"Sampahnya sudah menumpuk tinggi dan dikerubungi lalat\"}";
    }

    private static String lastBotText(ApiClient api, long chat) {
        String text = "";
        for (JsonNode m : api.get("/chat/api/messages?chatId=" + chat).json()) {
            if (m.path("from").asText().equals("bot")) {
                text = m.path("text").asText();
            }
        }
        return text;
    }

    private Process start(int port, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--add-modules",
                "jdk.incubator.vector", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "id.aduan.AduanApplication");
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.environment().put("ADUAN_DATA_DIR", dataDir.toString());
        pb.environment().remove("ADUAN_TELEGRAM_TOKEN");
        pb.environment().remove("SPRING_MONGODB_URI");
        // The first admin, as an operator would configure it; ApiClient authenticates as this account.
        pb.environment().put("ADUAN_ADMIN_USERNAME", ApiClient.ADMIN_USERNAME);
        pb.environment().put("ADUAN_ADMIN_PASSWORD", ApiClient.ADMIN_PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(dataDir.resolve("app-" + run + ".log").toFile());
        return pb.start();
    }

    private long awaitReady(ApiClient api) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> api.post("/chat/api/sessions", ""), r -> r.status() == 200)
                .json().path("chatId").asLong();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
