package id.aduan.bot.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The persisted inbox against an in-JVM MongoDB-compatible server: deduplication, order per chat, parallelism. */
class InboxWorkersTests {

    private MongoServer server;
    private MongoClient client;
    private Inbox inbox;
    private MongoTemplate mongo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "inbox-tests");
        inbox = new Inbox(mongo, Clock.systemUTC(), java.util.Optional.empty());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static InboxSettings settings(int workers) {
        return new InboxSettings(workers, Duration.ofMillis(50), 3, Duration.ofHours(72), 500);
    }

    @Test
    void storesAnUpdateIdOnceWhateverOrderTheIdsComeIn() {
        assertThat(inbox.store("telegram", 7, "telegram:1", "{}")).isTrue();
        assertThat(inbox.store("telegram", 3, "telegram:1", "{}")).isTrue(); // a lower id is new, not dropped
        assertThat(inbox.store("telegram", 7, "telegram:1", "{}")).isFalse();
        assertThat(inbox.store("telegram", 3, "telegram:2", "{}")).isFalse();
        assertThat(inbox.pending(10)).extracting(InboxEntry::updateId).containsExactly(7L, 3L);
    }

    @Test
    void aBatchIsStoredInOneInsertThatDropsRepeatsButKeepsItsOwnEntriesOnARetry() {
        inbox.store("telegram", 5, "telegram:1", "seen in an earlier poll");
        List<InboxEntry> batch = inbox.entries("telegram", List.of(new Inbox.Received(4, "telegram:1", "a"),
                new Inbox.Received(5, "telegram:1", "again"), new Inbox.Received(6, "telegram:2", "b"),
                new Inbox.Received(4, "telegram:1", "a twice in one batch"), new Inbox.Received(7, null, "no chat")));

        assertThat(inbox.insertNew(batch)).extracting(InboxEntry::payload).containsExactly("a", "b", "no chat");
        // the same batch again, as after a write that reached the store but whose answer was lost: still its own
        assertThat(inbox.insertNew(batch)).extracting(InboxEntry::payload).containsExactly("a", "b", "no chat");
        // the same update ids in a later poll are repeats
        assertThat(inbox.insertNew(inbox.entries("telegram", List.of(new Inbox.Received(6, "telegram:2", "b")))))
                .isEmpty();
        assertThat(inbox.pending(10)).extracting(InboxEntry::payload)
                .containsExactly("seen in an earlier poll", "a", "b", "no chat");
    }

    @Test
    void aBatchOfOneIsStoredOnceAndKeptOnARetry() {
        List<InboxEntry> one = inbox.entries("telegram", List.of(new Inbox.Received(9, "telegram:1", "c")));
        assertThat(inbox.insertNew(one)).extracting(InboxEntry::payload).containsExactly("c");
        assertThat(inbox.insertNew(one)).extracting(InboxEntry::payload).containsExactly("c");
        assertThat(inbox.insertNew(inbox.entries("telegram", List.of(new Inbox.Received(9, "telegram:1", "c")))))
                .isEmpty();
        assertThat(inbox.pending(10)).extracting(InboxEntry::payload).containsExactly("c");
    }

    @Test
    void markingManyEntriesHandledAtOnceMarksEachOfThem() throws Exception {
        List<InboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            entries.add(inbox.receive("telegram", i, "telegram:" + i, "{}").orElseThrow());
        }
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> marks = new ArrayList<>();
            for (InboxEntry entry : entries) {
                marks.add(threads.submit(() -> inbox.markHandled(entry)));
            }
            for (var mark : marks) {
                mark.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(inbox.pendingCount()).isZero();
        assertThat(mongo.findAll(InboxEntry.class)).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    }

    @Test
    void keepsHandledIdsForDeduplicationUntilTheRetentionHasPassed() {
        inbox.store("telegram", 1, "telegram:1", "{}");
        inbox.markHandled(inbox.pending(1).getFirst());
        assertThat(inbox.pending(10)).isEmpty();
        assertThat(inbox.store("telegram", 1, "telegram:1", "{}")).isFalse();
        assertThat(inbox.purgeHandledBefore(java.time.Instant.now().minus(Duration.ofHours(48)))).isZero();
        assertThat(inbox.store("telegram", 1, "telegram:1", "{}")).isFalse();
        inbox.store("telegram", 2, "telegram:1", "{}"); // pending entries are never purged
        assertThat(inbox.purgeHandledBefore(java.time.Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(inbox.pending(10)).extracting(InboxEntry::updateId).containsExactly(2L);
    }

    @Test
    void handlesOneChatInOrderAndChatsInParallelWithBoundedWorkers() {
        int chats = 40;
        int perChat = 10;
        for (int i = 0; i < perChat; i++) {
            for (int c = 0; c < chats; c++) {
                inbox.store("telegram", i * chats + c, "telegram:" + c, Integer.toString(i));
            }
        }
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> inChat = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger overlapsInOneChat = new AtomicInteger();
        CountDownLatch firstWave = new CountDownLatch(4);
        InboxHandler handler = entry -> {
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            if (inChat.computeIfAbsent(entry.chatKey(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                overlapsInOneChat.incrementAndGet();
            }
            firstWave.countDown();
            firstWave.await(5, TimeUnit.SECONDS); // hold the first ones until four chats run at once
            seen.computeIfAbsent(entry.chatKey(), k -> new CopyOnWriteArrayList<>()).add(
                    Integer.parseInt(entry.payload()));
            inChat.get(entry.chatKey()).decrementAndGet();
            running.decrementAndGet();
        };
        try (InboxWorkers workers = new InboxWorkers(inbox, handler, settings(8), Clock.systemUTC())) {
            workers.start();
            workers.wake();
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.pendingCount() == 0);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < perChat; i++) {
            expected.add(i);
        }
        assertThat(seen).hasSize(chats);
        seen.values().forEach(order -> assertThat(order).containsExactlyElementsOf(expected));
        assertThat(overlapsInOneChat).hasValue(0);
        assertThat(maxRunning.get()).isBetween(4, 8);
    }

    @Test
    void handedOverEntriesAreHandledAtOnceNotAtTheNextReadOfTheStore() {
        List<String> handled = new CopyOnWriteArrayList<>();
        InboxSettings hourly = new InboxSettings(4, Duration.ofHours(1), 3, Duration.ofHours(72), 500);
        try (InboxWorkers workers = new InboxWorkers(inbox, e -> handled.add(e.payload()), hourly,
                Clock.systemUTC())) {
            workers.start();
            List<InboxEntry> batch = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                batch.add(inbox.receive("telegram", i, "telegram:1", "m" + i).orElseThrow());
            }
            workers.handOver(batch);
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount() == 0);
        }
        assertThat(handled).containsExactly("m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void entriesLeftFromBeforeAreHandledBeforeNewOnesOfTheSameChat() {
        inbox.store("telegram", 1, "telegram:1", "old-1");
        inbox.store("telegram", 2, "telegram:1", "old-2");
        List<String> handled = new CopyOnWriteArrayList<>();
        try (InboxWorkers workers = new InboxWorkers(inbox, e -> handled.add(e.payload()), settings(4),
                Clock.systemUTC())) {
            workers.start();
            // arrives while the store may still be being read
            workers.handOver(List.of(inbox.receive("telegram", 3, "telegram:1", "new-3").orElseThrow()));
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount() == 0);
            await().during(Duration.ofMillis(300)).until(() -> handled.size() == 3);
        }
        assertThat(handled).containsExactly("old-1", "old-2", "new-3");
    }

    @Test
    void updatesLeftByAStoppedWorkerAreHandledByTheNextOne() {
        inbox.store("telegram", 1, "telegram:1", "a");
        inbox.store("telegram", 2, "telegram:1", "b");
        List<String> handled = new CopyOnWriteArrayList<>();
        InboxWorkers first = new InboxWorkers(inbox, e -> handled.add(e.payload()), settings(2), Clock.systemUTC());
        first.pause(true);
        first.start();
        first.close(); // the process died after receiving, before handling
        assertThat(handled).isEmpty();
        assertThat(inbox.pendingCount()).isEqualTo(2);

        try (InboxWorkers second = new InboxWorkers(inbox, e -> handled.add(e.payload()), settings(2),
                Clock.systemUTC())) {
            second.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount() == 0);
        }
        assertThat(handled).containsExactly("a", "b");
    }

    @Test
    void aFailingEntryIsRetriedThenSetAsideWithoutBlockingTheChatForever() {
        inbox.store("telegram", 1, "telegram:1", "poison");
        inbox.store("telegram", 2, "telegram:1", "ok");
        List<String> handled = new CopyOnWriteArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        InboxHandler handler = e -> {
            if (e.payload().equals("poison")) {
                attempts.incrementAndGet();
                throw new IllegalStateException("cannot handle");
            }
            handled.add(e.payload());
        };
        try (InboxWorkers workers = new InboxWorkers(inbox, handler, settings(2), Clock.systemUTC())) {
            workers.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox.pendingCount() == 0);
        }
        assertThat(attempts).hasValue(3);
        assertThat(handled).containsExactly("ok");
        assertThat(mongo.findById("telegram:1", InboxEntry.class).lastError()).contains("cannot handle");
    }
}
