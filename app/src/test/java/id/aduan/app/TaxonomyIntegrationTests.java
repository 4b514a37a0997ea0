package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;

/**
 * Editing categories, agencies and the routing table through the API, checked from the outside: what admins change
 * is used at once by the API views, the bot's messages and the classifier's routing, without a restart.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaxonomyIntegrationTests {

    static final AtomicInteger NAMES = new AtomicInteger();
    static final String POTHOLE = "Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor "
            + "jatuh";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
        // several chats report the same pothole here: no "ikut memantau" offer (a score is at most 1)
        registry.add("aduan.bot.similar.min-score", () -> "2");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;
    @Autowired
    ComplaintSubmission submission;

    @Test
    void editsReachTheApiTheBotAndTheClassifierAtOnce() {
        ApiClient admin = api();
        assertThat(category(admin, "jalan-jembatan").path("defaultAgency").path("code").asText())
                .isEqualTo("dinas-pupr");

        ApiClient.Response renamed = admin.patch("/api/taxonomy/agencies/dinas-pupr",
                "{\"name\":\"Dinas Bina Marga dan Tata Ruang\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Dinas Bina Marga dan Tata Ruang");
        // The bot names the renamed agency when it confirms a report, and so does the API.
        String ticket = reportThroughTheChatPage("Dinas Bina Marga dan Tata Ruang");
        assertThat(admin.get("/api/complaints/" + ticket).json().path("agency").path("name").asText())
                .isEqualTo("Dinas Bina Marga dan Tata Ruang");

        ApiClient.Response added = admin.post("/api/taxonomy/agencies",
                "{\"code\":\"upt-jalan\",\"name\":\"UPT Pemeliharaan Jalan\",\"kind\":\"daerah\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("active").asBoolean()).isTrue();
        ApiClient.Response routed = admin.put("/api/taxonomy/routing/jalan-jembatan", "{\"agency\":\"upt-jalan\"}");
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(routed.json().path("defaultAgency").path("name").asText()).isEqualTo("UPT Pemeliharaan Jalan");
        assertThat(admin.get("/api/taxonomy/routing").json().toString()).contains("\"upt-jalan\"");

        // The classifier's agency suggestion mixes in the new routing for the next report.
        String next = reportThroughTheChatPage("Nomor tiket");
        JsonNode suggested = admin.get("/api/complaints/" + next).json().path("suggestion").path("agencies");
        assertThat(suggested.findValuesAsText("code")).contains("upt-jalan");
        // Officers can route to the new agency.
        assertThat(admin.post("/api/complaints/" + next + "/verify", "{\"agency\":\"upt-jalan\"}").status())
                .isEqualTo(200);

        // Stored, and audited with before and after.
        assertThat(mongo.count(query(where("_id").in("agency:upt-jalan", "route:jalan-jembatan",
                "agency:dinas-pupr")), "taxonomy_edits")).isEqualTo(3);
        JsonNode audit = admin.get("/api/audit?target=category:jalan-jembatan").json().path("items");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("taxonomy.routing.change");
            assertThat(e.path("before").path("defaultAgency").asText()).isEqualTo("dinas-pupr");
            assertThat(e.path("after").path("defaultAgency").asText()).isEqualTo("upt-jalan");
        });
        assertThat(admin.get("/api/audit?target=agency:dinas-pupr").json().path("items").findValuesAsText("action"))
                .contains("taxonomy.agency.change");
    }

    @Test
    void aCategoryInUseIsRetiredNotDeleted() {
        ApiClient admin = api();
        ApiClient.Response added = admin.post("/api/taxonomy/categories",
                "{\"code\":\"kebisingan\",\"name\":\"Kebisingan\",\"defaultAgency\":\"dlh\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("defaultAgency").path("code").asText()).isEqualTo("dlh");
        String ticket = complaint();
        assertThat(admin.post("/api/complaints/" + ticket + "/verify", "{\"category\":\"kebisingan\"}").status())
                .isEqualTo(200);
        assertThat(admin.get("/api/complaints/" + ticket).json().path("category").path("name").asText())
                .isEqualTo("Kebisingan");

        assertProblem(admin.delete("/api/taxonomy/categories/kebisingan"), 409);
        ApiClient.Response retired = admin.patch("/api/taxonomy/categories/kebisingan",
                "{\"name\":\"Kebisingan dan getaran\",\"active\":false}");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().path("active").asBoolean()).isFalse();
        // Old complaints keep it (with its new name); new ones cannot get it.
        assertThat(admin.get("/api/complaints/" + ticket).json().path("category").path("name").asText())
                .isEqualTo("Kebisingan dan getaran");
        ApiClient.Response refused = admin.post("/api/complaints/" + complaint() + "/verify",
                "{\"category\":\"kebisingan\"}");
        assertProblem(refused, 400);
        assertThat(refused.json().path("field").asText()).isEqualTo("category");

        // Shipped categories and agencies cannot be deleted either; an unused added one can.
        assertProblem(admin.delete("/api/taxonomy/categories/jalan-jembatan"), 409);
        assertThat(admin.post("/api/taxonomy/categories", "{\"code\":\"salah-ketik\",\"name\":\"Salah ketik\"}")
                .status()).isEqualTo(201);
        assertThat(admin.delete("/api/taxonomy/categories/salah-ketik").status()).isEqualTo(204);
        assertThat(admin.get("/api/taxonomy/categories").json().findValuesAsText("code"))
                .contains("kebisingan").doesNotContain("salah-ketik");
        // An agency that categories route to cannot be retired until they are routed elsewhere.
        ApiClient.Response busy = admin.patch("/api/taxonomy/agencies/dlh", "{\"active\":false}");
        assertProblem(busy, 409);
        assertThat(busy.json().path("field").asText()).isEqualTo("active");
        assertThat(admin.get("/api/audit?target=category:kebisingan").json().path("items").findValuesAsText("action"))
                .contains("taxonomy.category.add", "taxonomy.category.change");
    }

    @Test
    void badEditsGetAProblemNamingTheField() {
        ApiClient admin = api();
        assertField(admin.post("/api/taxonomy/categories", "{\"code\":\"Bad Code\",\"name\":\"Jalan\"}"), 400, "code");
        assertField(admin.post("/api/taxonomy/categories", "{\"code\":\"ok-code\",\"name\":\"  \"}"), 400, "name");
        assertField(admin.post("/api/taxonomy/agencies", "{\"code\":\"bpn\",\"name\":\"BPN\",\"kind\":\"pusat\"}"),
                400, "kind");
        assertField(admin.post("/api/taxonomy/categories",
                "{\"code\":\"ok-code\",\"name\":\"Ok\",\"defaultAgency\":\"no-such-agency\"}"), 400, "defaultAgency");
        assertField(admin.put("/api/taxonomy/routing/jalan-jembatan", "{\"agency\":\"no-such-agency\"}"), 400,
                "agency");
        assertField(admin.post("/api/taxonomy/categories", "{\"code\":\"jalan-jembatan\",\"name\":\"Jalan\"}"), 409,
                "code");
        assertProblem(admin.put("/api/taxonomy/routing/no-such-category", "{\"agency\":\"dlh\"}"), 404);
        assertProblem(admin.patch("/api/taxonomy/agencies/no-such-agency", "{\"name\":\"X\"}"), 404);
        assertProblem(admin.patch("/api/taxonomy/categories/NOT%20A%20CODE", "{\"name\":\"X\"}"), 404);
        assertThat(admin.get("/api/taxonomy/categories").json().findValuesAsText("code")).doesNotContain("ok-code");
    }

    @Test
    void officersReadTheTaxonomyButCannotChangeIt() {
        ApiClient officer = officer(api(), "dlh");
        assertThat(officer.get("/api/taxonomy/categories").status()).isEqualTo(200);
        assertThat(officer.get("/api/taxonomy/agencies").status()).isEqualTo(200);
        assertThat(officer.get("/api/taxonomy/routing").status()).isEqualTo(200);

        assertProblem(officer.post("/api/taxonomy/categories", "{\"code\":\"x-petugas\",\"name\":\"X\"}"), 403);
        assertProblem(officer.patch("/api/taxonomy/categories/jalan-jembatan", "{\"name\":\"X\"}"), 403);
        assertProblem(officer.post("/api/taxonomy/agencies", "{\"code\":\"x-petugas\",\"name\":\"X\",\"kind\":\"daerah\"}"),
                403);
        assertProblem(officer.patch("/api/taxonomy/agencies/dlh", "{\"name\":\"X\"}"), 403);
        assertProblem(officer.put("/api/taxonomy/routing/jalan-jembatan", "{\"agency\":\"dlh\"}"), 403);
        assertProblem(officer.delete("/api/taxonomy/categories/jalan-jembatan"), 403);
        assertProblem(api().anonymous().get("/api/taxonomy/categories"), 401);
        assertThat(category(api(), "jalan-jembatan").path("name").asText()).isEqualTo("Jalan dan jembatan");
    }

    /** Reports the pothole on the local chat page and returns the ticket; the confirmation must contain the text. */
    private String reportThroughTheChatPage(String confirmationContains) {
        ApiClient page = api().anonymous();
        long chat = page.post("/chat/api/sessions", "").json().path("chatId").asLong();
        for (String message : List.of("{\"text\":\"" + POTHOLE + "\"}", "{\"button\":\"consent:yes\"}",
                "{\"text\":\"lewati\"}", "{\"button\":\"privacy:biasa\"}", "{\"button\":\"send\"}")) {
            assertThat(page.post("/chat/api/messages", "{\"chatId\":" + chat + "," + message.substring(1)).status())
                    .isEqualTo(202);
        }
        String confirmation = page.get("/chat/api/messages?chatId=" + chat).json().findValuesAsText("text").stream()
                .filter(t -> t.contains("Nomor tiket")).findFirst().orElseThrow();
        assertThat(confirmation).contains(confirmationContains);
        return confirmation.replaceAll("(?s).*Nomor tiket: (ADU-\\d{4}-\\d{6}).*", "$1");
    }

    private String complaint() {
        return submission.submit(new NewComplaint(new Reporter(ChatRef.telegram(880_000L + NAMES.incrementAndGet()),
                "Rina", "rina"), "Suara mesin pabrik terdengar sampai malam", "Jl. Industri", null, null, null, null,
                null, Privacy.BIASA, null, List.of(), List.of())).ticket().toString();
    }

    private static JsonNode category(ApiClient api, String code) {
        for (JsonNode c : api.get("/api/taxonomy/categories").json()) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no category " + code);
    }

    private static ApiClient officer(ApiClient admin, String agency) {
        String name = "petugas-taksonomi" + NAMES.incrementAndGet();
        ApiClient.Response created = admin.post("/api/accounts", "{\"username\":\"" + name
                + "\",\"password\":\"officer-password-123\",\"role\":\"officer\",\"agencies\":[\"" + agency + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin.as(name, "officer-password-123");
    }

    private static void assertField(ApiClient.Response r, int status, String field) {
        assertProblem(r, status);
        String named = r.json().path("field").asText(r.json().path("errors").findValuesAsText("field").toString());
        assertThat(named).as(r.body()).contains(field);
    }

    private static void assertProblem(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("title").asText()).isNotBlank();
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }
}
