package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The polling lease against the in-JVM MongoDB-compatible server, as two (or more) instances would use it on one
 * store: one holder at a time, takeover only after expiry or release, never two holders.
 */
class PollLeaseTests {

    static final Duration TTL = Duration.ofSeconds(30);
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private PollLease lease;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        lease = new PollLease(new MongoTemplate(client, "lease-tests"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theFirstInstanceTakesTheLeaseAndTheSecondStandsByWhileItIsRenewed() {
        assertThat(lease.acquire("a", T0, TTL)).isTrue();
        assertThat(lease.acquire("b", T0.plusSeconds(1), TTL)).isFalse();
        // a renews every 10 s; b keeps trying and keeps failing, even after a's first ttl would have run out
        for (int s = 10; s <= 60; s += 10) {
            assertThat(lease.acquire("a", T0.plusSeconds(s), TTL)).isTrue();
            assertThat(lease.acquire("b", T0.plusSeconds(s + 1), TTL)).isFalse();
        }
        assertThat(lease.current(T0.plusSeconds(61))).map(PollLease.Holder::holder).contains("a");
    }

    @Test
    void aStandbyTakesOverOnlyAfterTheHolderStoppedRenewingAndTheOldHolderCannotRenewThen() {
        assertThat(lease.acquire("a", T0, TTL)).isTrue();
        assertThat(lease.acquire("b", T0.plusSeconds(29), TTL)).isFalse();
        assertThat(lease.acquire("b", T0.plusSeconds(30), TTL)).isTrue(); // a's lease expired at T0 + 30 s

        // a wakes up late (a long pause): it must not hold the lease alongside b
        assertThat(lease.acquire("a", T0.plusSeconds(31), TTL)).isFalse();
        assertThat(lease.current(T0.plusSeconds(31))).map(PollLease.Holder::holder).contains("b");
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceAndOnlyItsHolderCanReleaseIt() {
        assertThat(lease.acquire("a", T0, TTL)).isTrue();
        lease.release("b"); // not b's to give away
        assertThat(lease.acquire("b", T0.plusSeconds(1), TTL)).isFalse();

        lease.release("a"); // a shuts down
        assertThat(lease.current(T0.plusSeconds(2))).isEmpty();
        assertThat(lease.acquire("b", T0.plusSeconds(2), TTL)).isTrue();
    }

    @Test
    void instancesRacingForAFreeLeaseGetExactlyOneHolder() throws Exception {
        int instances = 8;
        for (int round = 0; round < 20; round++) {
            Instant now = T0.plus(TTL.multipliedBy(2L * round)); // each round starts after the last lease expired
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                String holder = "instance-" + i;
                racers.add(() -> {
                    go.await();
                    return lease.acquire(holder, now, TTL);
                });
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(instances)) {
                List<Future<Boolean>> results = new ArrayList<>();
                racers.forEach(r -> results.add(pool.submit(r)));
                go.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get() ? 1 : 0;
                }
                assertThat(winners).as("holders in round %d", round).isEqualTo(1);
            }
        }
    }
}
