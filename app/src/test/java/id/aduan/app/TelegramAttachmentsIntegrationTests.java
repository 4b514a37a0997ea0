package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
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
 * A citizen's photos, videos, documents and voice notes travel with the report (requirement 10): fetched on receipt through the real TelegramBots
 * client from the fake Bot API, linked to the stored complaint, listed in the officers' detail and served with their
 * content type to the officers who may see the report; a photo that could not be fetched leaves the report intact
 * and shows as missing.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramAttachmentsIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    static final long SARI = 9_001L;
    static final long RINI = 9_002L;

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
        int asked = countRepliesContaining(SARI, "Ada foto pendukung?");
        TELEGRAM.citizenSendsPhoto(SARI, "broken-lubang", 90_000);
        awaitReplyContaining("belum berhasil kami simpan");
        // Then the open question again: a file that was not kept is not called received.
        awaitRepliesContaining(SARI, "Ada foto pendukung?", asked + 1);
        assertThat(TELEGRAM.textsTo(SARI)).noneMatch(t -> t.contains("diterima (2)"));
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

        // A photo added later with /tambah joins the report's attachments, numbered after the first ones.
        TELEGRAM.citizenSays(SARI, "/tambah " + ticket);
        awaitReplyContaining("Silakan kirim informasi tambahan");
        TELEGRAM.citizenSendsPhoto(SARI, "foto-tambahan", 120_000);
        awaitReplyContaining("sudah ditambahkan ke laporan " + ticket);
        JsonNode later = admin.get("/api/complaints/" + ticket).json().path("attachments");
        assertThat(later).hasSize(3);
        assertThat(later.get(2).path("id").asText()).isEqualTo("3");
        assertThat(later.get(2).path("fileId").asText()).isEqualTo("foto-tambahan");
        assertThat(later.get(2).path("missing").asBoolean()).isFalse();
        ApiClient.Download added = admin.download(later.get(2).path("url").asText());
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).containsExactly(0xFF, 0xD8, 0xFF, 0xD9);
    }

    @Test
    void videosDocumentsAndVoiceNotesTravelWithTheReportLikePhotos() throws Exception {
        ApiClient admin = new ApiClient("http://127.0.0.1:" + port);
        byte[] video = "fake mp4: banjir setinggi lutut".getBytes(StandardCharsets.UTF_8);
        byte[] receipt = "%PDF-1.4 kwitansi perbaikan pompa".getBytes(StandardCharsets.UTF_8);
        byte[] voice = "fake ogg: suara warga".getBytes(StandardCharsets.UTF_8);

        // A voice note first: kept for the officer, but the bot still needs the story typed.
        TELEGRAM.citizenSendsFile(RINI, "voice", "suara-1", voice.length, "audio/ogg", null, voice, null);
        awaitReplyContaining(RINI, "Setuju?");
        TELEGRAM.citizenPresses(RINI, "consent:yes");
        awaitReplyContaining(RINI, "Ceritakan masalahnya");
        TELEGRAM.citizenSendsFile(RINI, "voice", "suara-2", voice.length, "audio/ogg", null, voice, null);
        assertThat(awaitReplyContaining(RINI, "Pesan suara Anda saya simpan untuk petugas"))
                .contains("Mohon ketik juga ceritanya");
        TELEGRAM.citizenSays(RINI, "Jalan Melati di depan Pasar Baru banjir setinggi lutut sejak kemarin, "
                + "pompa air tidak menyala");
        awaitReplyContaining(RINI, "Ada foto pendukung?");

        TELEGRAM.citizenSendsFile(RINI, "video", "video-banjir", video.length, "video/mp4", null, video, null);
        awaitReplyContaining(RINI, "Video diterima (3)");
        TELEGRAM.citizenSendsFile(RINI, "document", "kwitansi", receipt.length, "application/pdf",
                "../../etc/kwitansi pompa.pdf", receipt, null);
        awaitReplyContaining(RINI, "Dokumen diterima (4)");
        // Over the 20 MB a bot may download: not fetched, explained, and the report goes on.
        int asked = countRepliesContaining(RINI, "Ada foto pendukung?");
        TELEGRAM.citizenSendsFile(RINI, "video", "video-panjang", 25L * 1024 * 1024, "video/mp4", null, video, null);
        assertThat(awaitReplyContaining(RINI, "lebih dari 20 MB")).startsWith("Video ini")
                .contains("Kirim video yang lebih pendek");
        awaitRepliesContaining(RINI, "Ada foto pendukung?", asked + 1);
        TELEGRAM.citizenSendsFile(RINI, "document", "broken-surat", 900, "application/pdf", "surat.pdf", receipt,
                null);
        assertThat(awaitReplyContaining(RINI, "belum berhasil kami simpan")).startsWith("Dokumen Anda");
        awaitRepliesContaining(RINI, "Ada foto pendukung?", asked + 2);
        assertThat(TELEGRAM.textsTo(RINI)).noneMatch(t -> t.contains("diterima (5)") || t.contains("diterima (6)"));
        TELEGRAM.citizenSays(RINI, "selesai");
        awaitReplyContaining(RINI, "Bagaimana laporan ini ditampilkan?");
        TELEGRAM.citizenPresses(RINI, "privacy:biasa");
        assertThat(awaitReplyContaining(RINI, "Periksa laporan Anda")).contains("Lampiran: 6 file");
        TELEGRAM.citizenPresses(RINI, "send");
        Matcher m = TICKET.matcher(awaitReplyContaining(RINI, "Nomor tiket:"));
        assertThat(m.find()).isTrue();
        String ticket = m.group();

        // fetched through the configured base URL (the fake), and stored by Telegram's unique id, not by file name
        assertThat(TELEGRAM.calls()).anyMatch(c -> c.method().equals("file")
                && c.body().path("path").asText().endsWith("/files/video-banjir"));
        assertThat(dataDir.resolve("media/telegram/u-video-banjir.mp4")).hasBinaryContent(video);
        assertThat(dataDir.resolve("media/telegram/u-kwitansi.pdf")).hasBinaryContent(receipt);
        assertThat(TELEGRAM.calls()).noneMatch(c -> c.method().equals("getfile")
                && c.body().path("file_id").asText().equals("video-panjang"));

        JsonNode attachments = admin.get("/api/complaints/" + ticket).json().path("attachments");
        assertThat(attachments).extracting(a -> a.path("fileId").asText())
                .containsExactly("suara-1", "suara-2", "video-banjir", "kwitansi", "video-panjang", "broken-surat");
        JsonNode voiceNote = attachments.get(0);
        assertThat(voiceNote.path("contentType").asText()).isEqualTo("audio/ogg");
        assertThat(voiceNote.path("size").asLong()).isEqualTo(voice.length);
        JsonNode clip = attachments.get(2);
        assertThat(clip.path("contentType").asText()).isEqualTo("video/mp4");
        assertThat(clip.path("size").asLong()).isEqualTo(video.length);
        JsonNode pdf = attachments.get(3);
        assertThat(pdf.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(pdf.path("size").asLong()).isEqualTo(receipt.length);
        JsonNode tooLarge = attachments.get(4);
        assertThat(tooLarge.path("missing").asBoolean()).isTrue();
        assertThat(tooLarge.path("problem").asText()).isEqualTo("too-large");
        assertThat(tooLarge.path("size").asLong()).isEqualTo(25L * 1024 * 1024);
        JsonNode failed = attachments.get(5);
        assertThat(failed.path("missing").asBoolean()).isTrue();
        assertThat(failed.path("problem").asText()).isEqualTo("download-failed");

        ApiClient.Download played = admin.download(clip.path("url").asText());
        assertThat(played.status()).isEqualTo(200);
        assertThat(played.contentType()).isEqualTo("video/mp4");
        assertThat(played.body()).isEqualTo(video);
        ApiClient.Download downloaded = admin.download(pdf.path("url").asText());
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.contentType()).isEqualTo("application/octet-stream"); // a document is only downloaded
        assertThat(downloaded.body()).isEqualTo(receipt);
        ApiClient.Download heard = admin.download(voiceNote.path("url").asText());
        assertThat(heard.contentType()).isEqualTo("audio/ogg");
        assertThat(heard.body()).isEqualTo(voice);
    }

    private static ApiClient officer(ApiClient admin, String name, String agency) {
        String body = "{\"username\":\"petugas-" + name + "\",\"password\":\"officer-password-123\","
                + "\"role\":\"officer\",\"agencies\":[\"" + agency + "\"]}";
        assertThat(admin.post("/api/accounts", body).status()).isEqualTo(201);
        return admin.as("petugas-" + name, "officer-password-123");
    }

    private static String awaitReplyContaining(String fragment) {
        return awaitReplyContaining(SARI, fragment);
    }

    private static int countRepliesContaining(long chat, String fragment) {
        return (int) TELEGRAM.textsTo(chat).stream().filter(t -> t.contains(fragment)).count();
    }

    private static void awaitRepliesContaining(long chat, String fragment, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> countRepliesContaining(chat, fragment) >= count);
    }

    private static String awaitReplyContaining(long chat, String fragment) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.textsTo(chat).stream()
                .filter(t -> t.contains(fragment)).reduce((a, b) -> b).orElse(null), java.util.Objects::nonNull);
    }
}
