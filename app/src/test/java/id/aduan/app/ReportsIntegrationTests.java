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

/** Statistics and the CSV export, computed over complaints stored through the real submission path. */
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
        Complaint followedUp = report(11, "Jalan berlubang di Jl. Kenanga, \"bahaya\" untuk motor, tolong, segera");
        Complaint verified = report(12, "Lampu jalan di Jl. Kenanga mati sejak seminggu");
        Complaint archived = report(13, "Tes tes tes laporan kosong");
        api.post("/api/complaints/" + followedUp.ticket() + "/verify", "{\"agency\":\"dinas-pupr\"}");
        api.post("/api/complaints/" + followedUp.ticket() + "/dispose", "{}");
        api.post("/api/complaints/" + followedUp.ticket() + "/follow-up", "{\"note\":\"Ditambal hari Rabu\"}");
        api.post("/api/complaints/" + verified.ticket() + "/verify", "{}");
        api.post("/api/complaints/" + archived.ticket() + "/archive", "{\"reason\":\"Laporan uji coba\"}");

        JsonNode stats = api.get("/api/statistics").json();
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
    }
}
