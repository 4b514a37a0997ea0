package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.admin.security.ApiTokens;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;

/** The admin API's access rules, checked from the outside over HTTP against the running app. */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIntegrationTests {

    static final String OFFICER_PASSWORD = "officer-password-123";
    static final AtomicInteger NAMES = new AtomicInteger();

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
    ComplaintSearchIndex index;
    @Autowired
    ApiTokens tokens;

    ApiClient admin;
    /** Complaints of two agencies (the second one anonymous) and one with no agency yet. */
    String dlhTicket;
    String puprTicket;
    String unassignedTicket;
    String word;

    @BeforeEach
    void complaints() {
        admin = new ApiClient("http://127.0.0.1:" + port);
        word = uniqueWord();
        dlhTicket = report("Sampah menumpuk di selokan " + word + " dekat pasar, bau sekali", Privacy.BIASA);
        puprTicket = report("Jalan berlubang dan sampah menumpuk di " + word + " dekat pasar", Privacy.ANONIM);
        unassignedTicket = report("Pelayanan KTP di kecamatan " + word + " lambat sekali", Privacy.BIASA);
        assertThat(admin.post("/api/complaints/" + dlhTicket + "/verify", "{\"agency\":\"dlh\"}").status())
                .isEqualTo(200);
        assertThat(admin.post("/api/complaints/" + puprTicket + "/verify", "{\"agency\":\"dinas-pupr\"}").status())
                .isEqualTo(200);
    }

    /** Letters only: the search index drops digits. */
    private static String uniqueWord() {
        long n = NAMES.incrementAndGet() * 7_919L + System.nanoTime() % 1_000_000;
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 6; i++, n /= 26) {
            w.append((char) ('a' + n % 26));
        }
        return w.toString();
    }

    private String report(String text, Privacy privacy) {
        Complaint c = submission.submit(new NewComplaint(new Reporter(ChatRef.telegram(777_000L + NAMES.get()),
                "Budi Santoso", "budi_s"), text, "Pasar Baru", null, null, null, null, null, privacy, null,
                List.of(), List.of()));
        index.put(c);
        return c.ticket().toString();
    }

    /** Creates an officer of the given agencies through the API and returns a client logged in as it. */
    private ApiClient officer(String... agencies) {
        String name = "petugas" + NAMES.incrementAndGet();
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + OFFICER_PASSWORD
                + "\",\"role\":\"officer\",\"agencies\":[\"" + String.join("\",\"", agencies) + "\"]}";
        ApiClient.Response created = admin.post("/api/accounts", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.as(name, OFFICER_PASSWORD);
    }

    private static void assertProblem(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asText()).isNotBlank();
    }

    @Test
    void everyApiCallWithoutCredentialsIsA401Problem() {
        ApiClient anonymous = admin.anonymous();
        for (String path : List.of("/api/complaints", "/api/complaints/" + dlhTicket, "/api/classifier",
                "/api/audit", "/api/accounts", "/api/complaints/ADU-2026-999999", "/api/nothing-here")) {
            assertProblem(anonymous.get(path), 401);
        }
        assertProblem(anonymous.post("/api/complaints/" + dlhTicket + "/verify", "{}"), 401);
        assertProblem(anonymous.post("/api/auth/tokens", ""), 401);
        assertProblem(admin.as("admin", "wrong-password-123").get("/api/complaints"), 401);
        assertProblem(admin.as("nobody", "wrong-password-123").get("/api/complaints"), 401);
    }

    @Test
    void chatDocsAndHealthStayPublic() {
        ApiClient anonymous = admin.anonymous();
        assertThat(anonymous.get("/chat").status()).isEqualTo(200);
        assertThat(anonymous.post("/chat/api/sessions", "").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        // Anonymous callers see only the status; an admin sees the parts (here: no token, the local chat stands in).
        ApiClient.Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(admin.get("/actuator/health").json().path("components").path("telegram").path("details")
                .path("channel").asText()).isEqualTo("local-chat");
    }

    @Test
    void httpBasicAuthenticatesTheFirstAdminFromTheSettings() {
        ApiClient.Response list = admin.get("/api/complaints?size=100");
        assertThat(list.status()).isEqualTo(200);
        ApiClient.Response accounts = admin.get("/api/accounts");
        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body()).contains("\"username\":\"admin\"").contains("\"role\":\"admin\"")
                .doesNotContain("passwordHash").doesNotContain("$2a$");
    }

    @Test
    void bearerTokensWorkUntilTheyExpireAndUnknownOnesAre401() {
        ApiClient.Response issued = admin.post("/api/auth/tokens", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().path("token").asText();
        assertThat(token).hasSizeGreaterThan(30);
        assertThat(issued.json().path("expiresAt").asText()).isNotBlank();

        assertThat(admin.withBearer(token).get("/api/complaints").status()).isEqualTo(200);
        assertThat(admin.withBearer(token).get("/api/complaints/" + dlhTicket).status()).isEqualTo(200);

        assertProblem(admin.withBearer(token).post("/api/auth/tokens", ""), 401);
        assertProblem(admin.withBearer(token + "x").get("/api/complaints"), 401);
        assertProblem(admin.withBearer("").get("/api/complaints"), 401);
        String expired = tokens.issue("admin", Duration.ofSeconds(-1)).token();
        assertProblem(admin.withBearer(expired).get("/api/complaints"), 401);
    }

    @Test
    void anOfficerCannotReadChangeListOrSearchAnotherAgencysComplaints() {
        ApiClient dlh = officer("dlh");

        assertThat(dlh.get("/api/complaints/" + dlhTicket).status()).isEqualTo(200);
        ApiClient.Response hidden = dlh.get("/api/complaints/" + puprTicket);
        assertProblem(hidden, 404);
        assertThat(hidden.body()).isEqualTo(dlh.get("/api/complaints/ADU-2026-999999").body()
                .replace("ADU-2026-999999", puprTicket));
        assertProblem(dlh.get("/api/complaints/" + unassignedTicket), 404);
        assertProblem(dlh.get("/api/complaints/" + puprTicket + "/similar"), 404);

        assertProblem(dlh.post("/api/complaints/" + puprTicket + "/verify", "{}"), 404);
        assertProblem(dlh.post("/api/complaints/" + puprTicket + "/dispose", "{\"agency\":\"dlh\"}"), 404);
        assertProblem(dlh.post("/api/complaints/" + puprTicket + "/follow-up", "{\"note\":\"dikerjakan\"}"), 404);
        assertProblem(dlh.post("/api/complaints/" + puprTicket + "/complete", "{\"note\":\"selesai\"}"), 404);
        assertProblem(dlh.post("/api/complaints/" + puprTicket + "/archive", "{\"reason\":\"duplikat\"}"), 404);
        assertThat(admin.get("/api/complaints/" + puprTicket).json().path("status").path("code").asText())
                .isEqualTo("terverifikasi");

        List<String> listed = tickets(dlh.get("/api/complaints?size=100"));
        assertThat(listed).contains(dlhTicket).doesNotContain(puprTicket, unassignedTicket);
        assertThat(tickets(dlh.get("/api/complaints?agency=dinas-pupr&size=100"))).isEmpty();
        assertThat(dlh.get("/api/complaints?agency=dinas-pupr").json().path("total").asLong()).isZero();
        assertThat(tickets(dlh.get("/api/complaints?q=" + word + "&size=100"))).containsExactly(dlhTicket);
        assertThat(tickets(dlh.get("/api/complaints/" + dlhTicket + "/similar")))
                .doesNotContain(puprTicket, unassignedTicket);

        assertThat(dlh.post("/api/complaints/" + dlhTicket + "/dispose", "{}").status()).isEqualTo(200);
    }

    @Test
    void anAdminSeesEveryAgencyAndComplaintsWithoutOne() {
        assertThat(tickets(admin.get("/api/complaints?q=" + word + "&size=100")))
                .containsExactlyInAnyOrder(dlhTicket, puprTicket, unassignedTicket);
        assertThat(admin.get("/api/complaints/" + unassignedTicket).status()).isEqualTo(200);
        assertThat(admin.get("/api/complaints/" + puprTicket).status()).isEqualTo(200);
    }

    @Test
    void anOfficerOfSeveralAgenciesSeesAllOfThem() {
        ApiClient both = officer("dlh", "dinas-pupr");
        assertThat(tickets(both.get("/api/complaints?q=" + word + "&size=100")))
                .containsExactlyInAnyOrder(dlhTicket, puprTicket);
    }

    @Test
    void anAnonymousReporterIsHiddenAndOnlyAnAdminWithAReasonMayRevealIt() {
        ApiClient pupr = officer("dinas-pupr");
        for (ApiClient who : List.of(admin, pupr)) {
            ApiClient.Response detail = who.get("/api/complaints/" + puprTicket);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.json().path("reporter").isNull() || detail.json().path("reporter").isMissingNode())
                    .isTrue();
            assertThat(detail.body()).doesNotContain("Budi").doesNotContain("budi_s")
                    .doesNotContain(Long.toString(777_000L));
        }

        assertProblem(pupr.post("/api/complaints/" + puprTicket + "/reporter",
                "{\"reason\":\"perlu menghubungi pelapor\"}"), 403);
        ApiClient.Response noReason = admin.post("/api/complaints/" + puprTicket + "/reporter", "{}");
        assertProblem(noReason, 400);
        assertThat(noReason.body()).contains("reason");

        ApiClient.Response revealed = admin.post("/api/complaints/" + puprTicket + "/reporter",
                "{\"reason\":\"Permintaan resmi dari inspektorat\"}");
        assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
        assertThat(revealed.json().path("name").asText()).isEqualTo("Budi Santoso");
        assertThat(revealed.json().path("username").asText()).isEqualTo("budi_s");

        JsonNode entries = admin.get("/api/audit?target=" + puprTicket).json().path("items");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("complaint.reveal-reporter");
            assertThat(e.path("actor").asText()).isEqualTo("admin");
            assertThat(e.path("reason").asText()).isEqualTo("Permintaan resmi dari inspektorat");
        });
        assertThat(entries.toString()).doesNotContain("Budi");
    }

    @Test
    void triageActionsAreAuditedAndOnlyAdminsReadTheLog() {
        ApiClient dlh = officer("dlh");
        assertThat(dlh.post("/api/complaints/" + dlhTicket + "/dispose", "{\"note\":\"diteruskan\"}").status())
                .isEqualTo(200);

        ApiClient.Response log = admin.get("/api/audit?target=" + dlhTicket);
        assertThat(log.status()).isEqualTo(200);
        JsonNode newest = log.json().path("items").get(0);
        assertThat(newest.path("action").asText()).isEqualTo("complaint.dispose");
        assertThat(newest.path("actor").asText()).startsWith("petugas");
        assertThat(newest.path("at").asText()).isNotBlank();
        assertThat(newest.path("before").path("status").asText()).isEqualTo("terverifikasi");
        assertThat(newest.path("after").path("status").asText()).isNotEqualTo("terverifikasi");
        assertThat(newest.path("after").path("agency").asText()).isEqualTo("dlh");
        JsonNode verify = log.json().path("items").get(1);
        assertThat(verify.path("action").asText()).isEqualTo("complaint.verify");
        assertThat(verify.path("before").path("status").asText()).isEqualTo("baru");
        assertThat(verify.path("before").has("agency")).isFalse();
        assertThat(verify.path("after").path("agency").asText()).isEqualTo("dlh");

        assertProblem(dlh.get("/api/audit"), 403);
        assertProblem(admin.get("/api/audit?size=1000"), 400);
    }

    @Test
    void onlyAdminsManageAccountsAndRequestsAreValidatedField() {
        ApiClient dlh = officer("dlh");
        assertProblem(dlh.get("/api/accounts"), 403);
        assertProblem(dlh.post("/api/accounts", "{\"username\":\"maling\",\"password\":\"password-panjang-1\","
                + "\"role\":\"admin\"}"), 403);
        assertProblem(dlh.post("/api/classifier/retrain", ""), 403);

        ApiClient.Response shortPassword = admin.post("/api/accounts",
                "{\"username\":\"andi\",\"password\":\"pendek\",\"role\":\"officer\",\"agencies\":[\"dlh\"]}");
        assertProblem(shortPassword, 400);
        assertThat(shortPassword.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        ApiClient.Response unknownAgency = admin.post("/api/accounts", "{\"username\":\"andi\",\"password\":"
                + "\"password-panjang-1\",\"role\":\"officer\",\"agencies\":[\"dinas-tidak-ada\"]}");
        assertProblem(unknownAgency, 400);
        assertThat(unknownAgency.json().path("field").asText()).isEqualTo("agencies");
        assertProblem(admin.post("/api/accounts", "{\"username\":\"admin\",\"password\":\"password-panjang-1\","
                + "\"role\":\"admin\"}"), 409);

        // Fields outside the request record (a hash, a disabled flag) cannot be assigned.
        String name = "siti" + NAMES.incrementAndGet();
        ApiClient.Response created = admin.post("/api/accounts", "{\"username\":\"" + name + "\",\"password\":"
                + "\"password-panjang-1\",\"role\":\"officer\",\"agencies\":[\"dlh\"],\"passwordHash\":\"x\","
                + "\"enabled\":false,\"id\":\"y\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient siti = admin.as(name, "password-panjang-1");
        assertThat(siti.get("/api/complaints").status()).isEqualTo(200);

        assertThat(admin.post("/api/accounts/" + name + "/disable", "").status()).isEqualTo(200);
        assertProblem(siti.get("/api/complaints"), 401);
        assertThat(tickets(admin.get("/api/audit?target=" + name).json().path("items").toString())).isEmpty();
        assertThat(admin.get("/api/audit?target=" + name).body()).contains("account.create")
                .contains("account.disable").doesNotContain("password-panjang-1");
    }

    @Test
    void retrainingTheClassifierIsForAdminsAndAudited() {
        assertProblem(officer("dlh").post("/api/classifier/retrain", ""), 403);

        ApiClient.Response retrained = admin.post("/api/classifier/retrain", "");
        assertThat(retrained.status()).as(retrained.body()).isEqualTo(200);
        assertThat(admin.get("/api/audit?target=classifier").json().path("items").get(0).path("after")
                .path("version").asText()).isEqualTo(retrained.json().path("version").asText());
    }

    private static List<String> tickets(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return tickets(r.body());
    }

    private static List<String> tickets(String body) {
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"ticket\":\"(ADU-\\d{4}-\\d{6})\"").matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
