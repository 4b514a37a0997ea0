package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;

/** Statistics, the CSV export and response templates, over complaints stored through the real submission path. */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    ComplaintSubmission submission;

    Complaint report(long chat, String text) {
        return submission.submit(new NewComplaint(new Reporter(ChatRef.local(chat), "Warga Tes Rahasia", "wargates"),
                text, "Jl. Kenanga, Kel. Sukamaju", null, null, null, null, null, Privacy.BIASA, null, List.of(),
                List.of()));
    }

    @Test
    void countsFollowUpsAndExportsTheFilteredListForExcelWithoutPersonalData() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        java.time.Instant start = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Complaint followedUp = report(11, "Jalan berlubang di Jl. Kenanga, \"bahaya\" untuk motor, tolong, segera");
        Complaint verified = report(12, "Lampu jalan di Jl. Kenanga mati sejak seminggu");
        Complaint archived = report(13, "Tes tes tes laporan kosong");
        api.post("/api/complaints/" + followedUp.ticket() + "/verify", "{\"agency\":\"dinas-pupr\"}");
        api.post("/api/complaints/" + followedUp.ticket() + "/dispose", "{}");
        api.post("/api/complaints/" + followedUp.ticket() + "/follow-up", "{\"note\":\"Ditambal hari Rabu\"}");
        api.post("/api/complaints/" + verified.ticket() + "/verify", "{}");
        api.post("/api/complaints/" + archived.ticket() + "/archive", "{\"reason\":\"Laporan uji coba\"}");

        JsonNode stats = api.get("/api/statistics?from=" + start).json();
        assertThat(stats.path("total").asLong()).isEqualTo(3);
        assertThat(stats.path("byStatus").path("ditindaklanjuti").asLong()).isEqualTo(1);
        assertThat(stats.path("byStatus").path("terverifikasi").asLong()).isEqualTo(1);
        assertThat(stats.path("byStatus").path("diarsipkan").asLong()).isEqualTo(1);
        // Archived complaints are not actionable: one of the two others was followed up.
        assertThat(stats.path("followedUpShare").asDouble()).isEqualTo(0.5);
        assertThat(stats.path("medianHoursToVerification").asDouble()).isGreaterThanOrEqualTo(0.0);
        assertThat(stats.path("byAgency").path("dinas-pupr").asLong()).isEqualTo(1);
        assertThat(api.get("/api/statistics?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z").status())
                .isEqualTo(400);

        ApiClient.Response csv = api.get("/api/complaints/export.csv?status=ditindaklanjuti");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFtiket,");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(followedUp.ticket().toString())
                .contains("\"Jalan berlubang di Jl. Kenanga, \"\"bahaya\"\" untuk motor, tolong, segera\"")
                .contains("Sedang ditindaklanjuti");
        assertThat(csv.body()).doesNotContain("Warga Tes Rahasia").doesNotContain("wargates");

        // The web client signs in with a bearer token: it gets the same, complete file (the export streams
        // asynchronously, and its completing dispatch must not be refused as anonymous).
        String token = api.post("/api/auth/tokens", "").json().path("token").asText();
        ApiClient.Response byToken = api.withBearer(token).get("/api/complaints/export.csv?status=ditindaklanjuti");
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.body()).isEqualTo(csv.body());
    }

    @Test
    void offersTheTemplatesForAComplaintsNextStepFilledIn() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        Complaint road = report(21, "Jalan di Jl. Melati berlubang besar dan sering bikin motor jatuh");
        api.post("/api/complaints/" + road.ticket() + "/verify",
                "{\"category\":\"jalan-jembatan\",\"agency\":\"dinas-pupr\"}");
        api.post("/api/complaints/" + road.ticket() + "/dispose", "{}");

        ApiClient.Response specific = api.post("/api/templates", "{\"status\":\"ditindaklanjuti\","
                + "\"category\":\"jalan-jembatan\",\"title\":\"Jadwal perbaikan\","
                + "\"text\":\"Laporan {tiket} sedang ditangani {instansi}; perbaikan {kategori} dijadwalkan.\"}");
        assertThat(specific.status()).isEqualTo(201);
        api.post("/api/templates", "{\"status\":\"ditindaklanjuti\",\"title\":\"Umum\","
                + "\"text\":\"Terima kasih, laporan {tiket} sedang kami tindak lanjuti.\"}");
        String otherStatus = api.post("/api/templates", "{\"status\":\"selesai\",\"title\":\"Selesai\","
                + "\"text\":\"Sudah beres.\"}").json().path("id").asText();

        JsonNode offered = api.get("/api/complaints/" + road.ticket() + "/templates").json();
        assertThat(offered.findValuesAsText("text")).containsExactly(
                "Laporan " + road.ticket() + " sedang ditangani Dinas Pekerjaan Umum dan Penataan Ruang (PUPR); "
                        + "perbaikan Jalan dan jembatan dijadwalkan.",
                "Terima kasih, laporan " + road.ticket() + " sedang kami tindak lanjuti.");

        assertThat(api.post("/api/templates/" + specific.json().path("id").asText() + "/retire", "").status())
                .isEqualTo(200);
        assertThat(api.get("/api/complaints/" + road.ticket() + "/templates").json().findValuesAsText("title"))
                .containsExactly("Umum");
        assertThat(api.get("/api/templates?status=selesai").json().findValuesAsText("id")).contains(otherStatus);

        assertThat(api.post("/api/templates", "{\"status\":\"hilang\",\"title\":\"x\",\"text\":\"y\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/templates", "{\"status\":\"selesai\",\"title\":\"\",\"text\":\"y\"}")
                .json().path("errors").findValuesAsText("field")).contains("title");
        assertThat(api.post("/api/templates/nope/retire", "").status()).isEqualTo(404);
    }
}
