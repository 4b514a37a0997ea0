package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.NotificationState;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

/**
 * A backlog of status notifications drained through the real TelegramBots client to the fake Bot API at
 * Telegram's default limits (25 a second), several chats at once, while the fake answers some sends with 502 and
 * one with 429: every citizen hears each change exactly once and in order, and the bot never sends more than 25
 * messages in any one-second window nor anything while a 429 holds sends back.
 */
@SpringBootTest(classes = AduanApplication.class)
class NotificationDrainIntegrationTests {

    static final FakeBotApi TELEGRAM = TelegramEndToEndIntegrationTests.start();
    static final int SINGLE_CHATS = 150;
    static final int BUSY_CHATS = 30;

    @TempDir
    static Path dataDir;

    @Autowired
    MongoOperations mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.notifications.poll-interval", () -> "200ms");
        registry.add("aduan.notifications.batch-size", () -> "500");
        registry.add("aduan.notifications.max-backoff", () -> "1s");
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void aBacklogIsDeliveredOnceEachInOrderWithinTelegramsLimits() {
        TELEGRAM.recordCalls(true);
        Map<Long, List<String>> delivered = new ConcurrentHashMap<>();
        AtomicInteger successes = new AtomicInteger();
        TELEGRAM.onSend(call -> {
            delivered.computeIfAbsent(call.body().path("chat_id").asLong(),
                    c -> Collections.synchronizedList(new ArrayList<>())).add(call.body().path("text").asText());
            int n = successes.incrementAndGet();
            if (n == 100) {
                TELEGRAM.failNextSends(new FakeBotApi.Failure(429, "Too Many Requests: retry after 1", 1));
            } else if (n % 40 == 0) {
                TELEGRAM.failNextSends(new FakeBotApi.Failure(502, "Bad Gateway", null));
            }
        });
        long firstBusy = 8_200_000L;
        // this citizen's first notification fails more often than the sender retries inline: it goes back to the
        // outbox with a back-off, and the two later ones of the same report must wait for it
        TELEGRAM.failNextSendsTo(firstBusy, new FakeBotApi.Failure(502, "Bad Gateway", null),
                new FakeBotApi.Failure(502, "Bad Gateway", null), new FakeBotApi.Failure(502, "Bad Gateway", null),
                new FakeBotApi.Failure(502, "Bad Gateway", null));

        Instant now = Instant.now();
        List<Complaint> backlog = new ArrayList<>();
        for (int i = 0; i < SINGLE_CHATS; i++) {
            Complaint c = Complaint.receive(ticket(i), report(8_100_000L + i), now);
            c.verify("petugas", null, null, null, now);
            backlog.add(c);
        }
        for (int i = 0; i < BUSY_CHATS; i++) {
            Complaint c = Complaint.receive(ticket(1_000 + i), report(firstBusy + i), now);
            c.verify("petugas", null, null, null, now);
            c.dispose("petugas", AgencyCode.of("dinas-pupr"), null, now.plusMillis(1));
            c.followUp("petugas", "Tim sudah dijadwalkan", now.plusMillis(2));
            backlog.add(c);
        }
        mongo.insertAll(backlog);
        int expected = SINGLE_CHATS + 3 * BUSY_CHATS;

        await().atMost(Duration.ofSeconds(120)).until(() -> successes.get() >= expected);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> successes.get() == expected);

        // none lost, none twice
        for (int i = 0; i < SINGLE_CHATS; i++) {
            assertThat(delivered.get(8_100_000L + i)).as("chat %d", i).singleElement().asString()
                    .contains("Sudah diverifikasi");
        }
        for (int i = 0; i < BUSY_CHATS; i++) {
            List<String> texts = delivered.get(firstBusy + i);
            assertThat(texts).as("chat %d", firstBusy + i).hasSize(3);
            assertThat(texts.get(0)).contains("Sudah diverifikasi");
            assertThat(texts.get(1)).contains("Diteruskan ke instansi");
            assertThat(texts.get(2)).contains("Sedang ditindaklanjuti");
        }
        assertThat(mongo.count(query(where("notifications").elemMatch(
                where("state").ne(NotificationState.SENT.name()))), Complaint.class)).isZero();

        // Telegram's limits, as the fake saw every attempt arrive
        List<Instant> arrivals = TELEGRAM.sends().stream().map(FakeBotApi.Call::at).sorted().toList();
        assertThat(arrivals).hasSize(expected + TELEGRAM.refusals().size());
        assertThat(mostInAnySecond(arrivals)).isLessThanOrEqualTo(25);
        List<FakeBotApi.Refusal> rateLimited = TELEGRAM.refusals().stream().filter(r -> r.status() == 429).toList();
        assertThat(rateLimited).hasSize(1);
        Instant refusedAt = rateLimited.getFirst().call().at();
        // sends already under way when the 429 came may still arrive; nothing new starts before retry_after
        assertThat(arrivals).noneMatch(at -> at.isAfter(refusedAt.plusMillis(400))
                && at.isBefore(refusedAt.plusMillis(900)));
    }

    /** The most instants inside any window [t, t + 1 s) that starts at one of them. */
    static int mostInAnySecond(List<Instant> sorted) {
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end).isBefore(sorted.get(start).plusSeconds(1))) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }

    private static TicketNumber ticket(int i) {
        return TicketNumber.parse(String.format("ADU-2026-%06d", 900_000 + i));
    }

    private static NewComplaint report(long chat) {
        return new NewComplaint(new Reporter(ChatRef.telegram(chat), "Warga", null), "Jalan berlubang",
                "depan pasar", null, null, "kemarin", null, ReportType.PENGADUAN, Privacy.BIASA, null, List.of(),
                List.of());
    }
}
