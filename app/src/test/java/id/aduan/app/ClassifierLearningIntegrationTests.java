package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
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
import id.aduan.classifier.LiveClassifier;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.SuggestionSnapshot;

/**
 * Officers teach the classifier: a correction at verification is stored as a labelled example, the routing accuracy
 * they saw is measured, and a retrain serves a new model version trained on the correction. Also the officers'
 * free-text search and similar-complaint lookup over the same stored complaints.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"aduan.search.refresh-interval=200ms", "aduan.learning.retrain-after=1000"})
class ClassifierLearningIntegrationTests {

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
    @Autowired
    LiveClassifier classifier;

    Complaint report(long chat, String text, String place) {
        return submission.submit(new NewComplaint(new Reporter(ChatRef.local(chat), "Warga", null), text, place,
                null, null, null, null, null, Privacy.BIASA, SuggestionSnapshot.of(classifier.suggest(text)),
                List.of(), List.of()));
    }

    @Test
    void correctionsAreMeasuredAndTeachTheNextModel() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        Complaint confirmed = report(1, "Sampah di TPS Pasar Baru tidak diangkut seminggu, bau sekali", "Pasar Baru");
        Complaint corrected = report(2, "Lampu jalan di Gang Mawar mati sudah seminggu, gelap sekali", "Gang Mawar");
        String suggestedForCorrected = corrected.suggestion().orElseThrow().agencies().getFirst().code();
        String correction = suggestedForCorrected.equals("pln") ? "dishub" : "pln";

        JsonNode before = api.get("/api/classifier").json();
        String versionBefore = before.path("model").path("version").asText();
        assertThat(before.path("model").path("trainingExamples").asInt()).isPositive();

        assertThat(api.post("/api/complaints/" + confirmed.ticket() + "/verify", "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/complaints/" + corrected.ticket() + "/verify",
                "{\"agency\":\"" + correction + "\"}").status()).isEqualTo(200);

        JsonNode accuracy = api.get("/api/classifier").json().path("routingAccuracy");
        assertThat(accuracy.path("verified").asInt()).isEqualTo(2);
        assertThat(accuracy.path("agency").path("confirmed").asInt()).isEqualTo(1);
        assertThat(accuracy.path("agency").path("corrected").asInt()).isEqualTo(1);
        assertThat(accuracy.path("agency").path("accuracy").asDouble()).isEqualTo(0.5);

        JsonNode retrained = api.post("/api/classifier/retrain", "").json();
        assertThat(retrained.path("version").asText()).isNotEqualTo(versionBefore);
        assertThat(retrained.path("corrections").asInt()).isEqualTo(1);
        assertThat(retrained.path("trainingExamples").asInt())
                .isEqualTo(before.path("model").path("trainingExamples").asInt() + 1);
        assertThat(api.get("/api/classifier").json().path("model").path("version").asText())
                .isEqualTo(retrained.path("version").asText());
    }

    @Test
    void officersFindComplaintsByFreeTextAndSeeLikelyDuplicates() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        Complaint first = report(3, "Jembatan gantung di Desa Cikarang retak dan miring, warga takut lewat",
                "Desa Cikarang");
        Complaint duplicate = report(4, "Jembatan gantung Desa Cikarang miring dan retak, bahaya untuk anak sekolah",
                "Desa Cikarang");
        report(5, "Pelayanan KTP elektronik di kecamatan lama sekali, sudah tiga bulan belum jadi", "Kecamatan");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                api.get("/api/complaints?q=jembatan%20cikarang").json().path("items").findValuesAsText("ticket"))
                .containsExactlyInAnyOrder(first.ticket().toString(), duplicate.ticket().toString()));

        ApiClient.Response similar = api.get("/api/complaints/" + first.ticket() + "/similar");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.json().findValuesAsText("ticket")).first().isEqualTo(duplicate.ticket().toString());
        assertThat(similar.json().findValuesAsText("ticket")).doesNotContain(first.ticket().toString());

        assertThat(api.get("/api/complaints?q=" + "x".repeat(201)).status()).isEqualTo(400);
        assertThat(api.get("/api/complaints?q=%22unclosed%20AND%20(%20*").status()).isEqualTo(200);
    }
}
