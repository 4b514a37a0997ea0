package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.admin.privacy.RetentionJob;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.bot.localchat.LocalChatErasure;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;

/**
 * The retention jobs with a clock the test moves: complaints closed longer than
 * {@code aduan.retention.personal-data} lose their citizen's personal data (audited), open and recently closed ones
 * keep it; the local chat page's messages older than {@code aduan.retention.local-chat} are deleted.
 */
@SpringBootTest(classes = {AduanApplication.class, RetentionIntegrationTests.MovableClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionIntegrationTests {

    static final AtomicLong CHATS = new AtomicLong(95_000);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.retention.personal-data", () -> "P2Y");
        registry.add("aduan.retention.local-chat", () -> "P30D");
    }

    /** The app's clock, moved forward by the test. */
    @TestConfiguration
    static class MovableClock extends Clock {

        final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Bean
        @Primary
        Clock movableClock() {
            return this;
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    ComplaintSubmission submission;
    @Autowired
    ComplaintSearchIndex index;
    @Autowired
    RetentionJob retention;
    @Autowired
    LocalChatErasure localChat;

    @Test
    void anonymisesComplaintsClosedLongerThanTheRetentionPeriodOnly() {
        ApiClient admin = new ApiClient("http://127.0.0.1:" + port);
        String closedLongAgo = report();
        String stillOpen = report();
        String closedLater = report();
        archive(admin, closedLongAgo);

        clock.advance(Duration.ofDays(365));
        archive(admin, closedLater);
        assertThat(retention.run()).isEmpty();

        clock.advance(Duration.ofDays(400)); // two years and a month after the first was closed, 13 months after the other
        List<String> anonymised = retention.run();

        assertThat(anonymised).contains(closedLongAgo).doesNotContain(stillOpen, closedLater);
        JsonNode erased = admin.get("/api/complaints/" + closedLongAgo).json();
        assertThat(erased.path("status").path("code").asText()).isEqualTo("diarsipkan");
        assertThat(erased.path("reporter").isMissingNode() || erased.path("reporter").isNull()).isTrue();
        assertThat(erased.path("description").asText()).contains("[nomor HP disamarkan]")
                .doesNotContain("081298765432");
        assertThat(erased.toString()).doesNotContain("Dewi Lestari").doesNotContain("dewi_l");
        for (String kept : List.of(stillOpen, closedLater)) {
            JsonNode c = admin.get("/api/complaints/" + kept).json();
            assertThat(c.path("reporter").path("name").asText()).isEqualTo("Dewi Lestari");
            assertThat(c.path("description").asText()).contains("081298765432");
        }
        JsonNode audit = admin.get("/api/audit?target=" + closedLongAgo).json();
        assertThat(audit.path("items")).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("complaint.erase-personal-data");
            assertThat(e.path("actor").asText()).isEqualTo("sistem");
        });

        // A second round finds nothing more to do.
        assertThat(retention.run()).doesNotContain(closedLongAgo);
    }

    @Test
    void deletesLocalChatMessagesOlderThanTheirRetention() {
        ApiClient page = new ApiClient("http://127.0.0.1:" + port).anonymous();
        long old = page.post("/chat/api/sessions", "").json().path("chatId").asLong();
        assertThat(page.post("/chat/api/messages", "{\"chatId\":" + old + ",\"text\":\"halo\"}").status())
                .isEqualTo(202);
        assertThat(page.get("/chat/api/messages?chatId=" + old).json().size()).isPositive();

        clock.advance(Duration.ofDays(31));
        long recent = page.post("/chat/api/sessions", "").json().path("chatId").asLong();
        assertThat(page.post("/chat/api/messages", "{\"chatId\":" + recent + ",\"text\":\"halo\"}").status())
                .isEqualTo(202);
        assertThat(localChat.purgeExpired()).isPositive();

        assertThat(page.get("/chat/api/messages?chatId=" + old).json().size()).isZero();
        assertThat(page.get("/chat/api/messages?chatId=" + recent).json().size()).isPositive();
    }

    private String report() {
        Complaint c = submission.submit(new NewComplaint(new Reporter(ChatRef.telegram(CHATS.incrementAndGet()),
                "Dewi Lestari", "dewi_l"), "Lampu jalan di Gang Mawar mati, hubungi saya di 081298765432",
                "Gang Mawar", null, null, null, null, null, Privacy.BIASA, null, List.of(), List.of()));
        index.put(c);
        return c.ticket().toString();
    }

    private static void archive(ApiClient admin, String ticket) {
        ApiClient.Response r = admin.post("/api/complaints/" + ticket + "/archive", "{\"reason\":\"duplikat\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
