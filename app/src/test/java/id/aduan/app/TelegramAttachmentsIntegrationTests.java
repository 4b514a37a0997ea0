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
 * A citizen's photos travel with the report (requirement 10): fetched on receipt through the real TelegramBots
 * client from the fake Bot API, linked to the stored complaint, listed in the officers' detail and served with their
 * content type to the officers who may see the report; a photo that could not be fetched leaves the report intact
 * and shows as missing.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramAttachmentsIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    static final long SARI = 9_001L;

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

    @Test
    void photosAreLinkedToTheComplaintListedAndServedOnlyWithinItsScope() {
        ApiClient admin = new ApiClient("http://127.0.0.1:" + port);
        TELEGRAM.citizenSays(SARI, "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada "
                + "motor jatuh");
        awaitReplyContaining("Setuju?");
        TELEGRAM.citizenPresses(SARI, "consent:yes");
        awaitReplyContaining("Ada foto pendukung?");
        TELEGRAM.citizenSendsPhoto(SARI, "foto-lubang", 150_000);
        awaitReplyContaining("Foto diterima (1)");
        TELEGRAM.citizenSendsPhoto(SARI, "broken-lubang", 90_000);
        awaitReplyContaining("belum berhasil kami simpan");
        awaitReplyContaining("Foto diterima (2)");
        TELEGRAM.citizenSays(SARI, "selesai");
        awaitReplyContaining("Bagaimana laporan ini ditampilkan?");
        TELEGRAM.citizenPresses(SARI, "privacy:biasa");
        awaitReplyContaining("Periksa laporan Anda");
        TELEGRAM.citizenPresses(SARI, "send");
        Matcher m = TICKET.matcher(awaitReplyContaining("Nomor tiket:"));
        assertThat(m.find()).isTrue();
        String ticket = m.group();

        JsonNode attachments = admin.get("/api/complaints/" + ticket).json().path("attachments");
        assertThat(attachments).hasSize(2);
        JsonNode kept = attachments.get(0);
        assertThat(kept.path("fileId").asText()).isEqualTo("foto-lubang");
        assertThat(kept.path("missing").asBoolean()).isFalse();
        assertThat(kept.path("size").asLong()).isEqualTo(4);
        assertThat(kept.path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(kept.path("receivedAt").asText()).isNotBlank();
        JsonNode lost = attachments.get(1);
        assertThat(lost.path("fileId").asText()).isEqualTo("broken-lubang");
        assertThat(lost.path("missing").asBoolean()).isTrue();
        assertThat(lost.path("problem").asText()).isEqualTo("download-failed");
        assertThat(lost.path("url").isNull()).isTrue();

        String url = kept.path("url").asText();
        assertThat(url).isEqualTo("/api/complaints/" + ticket + "/attachments/" + kept.path("id").asText());
        ApiClient.Download photo = admin.download(url);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.body()).containsExactly(0xFF, 0xD8, 0xFF, 0xD9);

        ApiClient.Response missing = admin.get("/api/complaints/" + ticket + "/attachments/" + lost.path("id").asText());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("detail").asText()).contains("download-failed");
        assertThat(admin.get("/api/complaints/" + ticket + "/attachments/99").status()).isEqualTo(404);

        // scoped like the detail: the agency the report went to sees the photo, another agency's officer does not
        assertThat(admin.post("/api/complaints/" + ticket + "/verify", "{\"agency\":\"dinas-pupr\"}").status())
                .isEqualTo(200);
        assertThat(officer(admin, "pupr", "dinas-pupr").download(url).status()).isEqualTo(200);
        ApiClient.Download elsewhere = officer(admin, "dlh", "dlh").download(url);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.contentType()).contains("problem+json");
    }

    private static ApiClient officer(ApiClient admin, String name, String agency) {
        String body = "{\"username\":\"petugas-" + name + "\",\"password\":\"officer-password-123\","
                + "\"role\":\"officer\",\"agencies\":[\"" + agency + "\"]}";
        assertThat(admin.post("/api/accounts", body).status()).isEqualTo(201);
        return admin.as("petugas-" + name, "officer-password-123");
    }

    private static String awaitReplyContaining(String fragment) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(SARI).stream()
                .filter(t -> t.contains(fragment)).reduce((a, b) -> b).orElse(null), java.util.Objects::nonNull);
    }
}
