package id.aduan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.aduan.AduanApplication;

/**
 * A benchmark harness, not a test: surefire's default includes skip it. Run it on purpose with
 * {@code ./mvnw -pl app -am test -Dtest=DeliveryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints the
 * figures recorded in docs/benchmarks.md ("Telegram delivery").
 *
 * <p>Ingest: the real app (embedded store, persisted inbox, conversation state saved every turn) with the real
 * TelegramBots long-polling client against the fake Bot API. Each chat sends "/bantuan", waits for the reply, and
 * sends again (closed loop). Latency is from the fake serving the update in a getUpdates answer to the reply's
 * sendMessage reaching it. Telegram's send limits are lifted for this run (they would cap replies at 25/s).
 *
 * <p>Open loop ({@code -Dbench.open=chats:rate:seconds,...}): updates are offered at a fixed rate, round robin over
 * the chats, whether or not the earlier ones were answered, as citizens would send them; it shows whether the bot
 * keeps up with that rate and the latency at it, measured both from the update being offered (created at the fake,
 * so time queued at "Telegram" counts) and from it being served in a getUpdates answer. Before the first open
 * round the same load runs unmeasured for {@code -Dbench.openWarmup} seconds (default 60) on other chats: right after
 * start the JIT compilers take about a core of the two for a minute, and a server runs for days.
 *
 * <p>The bot's one "please slow down" message per chat and 10 seconds (a chat sending more than 20 messages in 10
 * seconds, as every benchmark chat does) is not a reply to an update and is not counted as one.
 */
class DeliveryBenchmark {

    @Test
    void ingest() throws Exception {
        Path dataDir = Files.createTempDirectory("aduan-bench");
        try (FakeBotApi telegram = new FakeBotApi();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AduanApplication.class).run(
                     "--server.port=0", "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                     "--aduan.telegram.api-url=" + telegram.url(), "--aduan.data-dir=" + dataDir,
                     "--aduan.telegram.messages-per-second=1000000", "--aduan.telegram.chat-burst=1000000",
                     "--aduan.inbox.workers=" + Integer.getInteger("bench.workers", 32),
                     "--logging.level.root=WARN")) {
            telegram.recordCalls(false);
            String slowDown = app.getBean(id.aduan.bot.conversation.Texts.class).get("input.slow-down");
            run(telegram, slowDown, 1, 300, true);
            // -Dbench.ingest=chats:updates,... (default 1:1000,100:10000,1000:20000; "none" for no closed loop)
            for (String round : System.getProperty("bench.ingest", "1:1000,100:10000,1000:20000").split(",")) {
                if (round.equals("none")) {
                    continue;
                }
                String[] chatsAndUpdates = round.split(":");
                run(telegram, slowDown, Integer.parseInt(chatsAndUpdates[0]), Integer.parseInt(chatsAndUpdates[1]),
                        false);
            }
            // -Dbench.open=chats:rate:seconds,... (none by default), e.g. 100:1000:20
            // -Dbench.openWarmup=seconds (default 60): the first open round's load, unmeasured, on other chats, so
            // the measured rounds see a JVM whose hot paths are compiled (on 2 cores the JIT compilers take about a
            // minute and a core of their own after start).
            boolean warmedUp = false;
            for (String round : System.getProperty("bench.open", "").split(",")) {
                if (round.isBlank()) {
                    continue;
                }
                String[] parts = round.split(":");
                int warmUpSeconds = Integer.getInteger("bench.openWarmup", 60);
                if (!warmedUp && warmUpSeconds > 0) {
                    openLoop(telegram, slowDown, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            warmUpSeconds, false);
                    warmedUp = true;
                }
                openLoop(telegram, slowDown, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), true);
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir); // hundreds of MB
        }
    }

    /**
     * Notification drain: 10,000 complaints each owe their citizen (10,000 chats) one status notification; the
     * notifier delivers them at the pacing limit while the fake answers every 150th send with 502 and every 700th
     * with 429 retry_after=1. Counts deliveries per chat (lost, duplicated) and compares the time with the bound
     * set by the rate and the 429 pauses.
     */
    @Test
    void drain() throws Exception {
        int count = Integer.getInteger("bench.notifications", 10_000);
        int rate = Integer.getInteger("bench.rate", 100);
        Path dataDir = Files.createTempDirectory("aduan-bench");
        try (FakeBotApi telegram = new FakeBotApi();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AduanApplication.class).run(
                     "--server.port=0", "--aduan.telegram.token=" + FakeBotApi.TOKEN,
                     "--aduan.telegram.api-url=" + telegram.url(), "--aduan.data-dir=" + dataDir,
                     "--aduan.telegram.messages-per-second=" + rate, "--aduan.notifications.batch-size=2000",
                     "--aduan.notifications.poll-interval=100ms", "--aduan.notifications.max-backoff=2s",
                     "--aduan.notifications.concurrency=" + Integer.getInteger("bench.concurrency", 8),
                     "--logging.level.root=WARN")) {
            telegram.recordCalls(false);
            Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();
            AtomicInteger sends = new AtomicInteger();
            AtomicInteger injected429 = new AtomicInteger();
            AtomicInteger injected502 = new AtomicInteger();
            CountDownLatch all = new CountDownLatch(count);
            long[] last = new long[1];
            List<java.time.Instant> arrivals = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            telegram.onSend(call -> {
                arrivals.add(call.at());
                long chat = call.body().path("chat_id").asLong();
                if (delivered.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet() == 1) {
                    all.countDown();
                }
                last[0] = System.nanoTime();
                int n = sends.incrementAndGet();
                if (n % 700 == 0) {
                    injected429.incrementAndGet();
                    telegram.failNextSends(new FakeBotApi.Failure(429, "Too Many Requests: retry after 1", 1));
                } else if (n % 150 == 0) {
                    injected502.incrementAndGet();
                    telegram.failNextSends(new FakeBotApi.Failure(502, "Bad Gateway", null));
                }
            });
            var mongo = app.getBean(org.springframework.data.mongodb.core.MongoOperations.class);
            java.time.Instant now = java.time.Instant.now();
            long insertStart = System.nanoTime();
            List<id.aduan.complaint.Complaint> batch = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                long chat = 5_000_000_000L + i;
                var complaint = id.aduan.complaint.Complaint.receive(
                        id.aduan.models.ticket.TicketNumber.parse(String.format("ADU-2026-%06d", 100_000 + i)),
                        report(chat), now);
                complaint.verify("petugas", null, null, null, now);
                batch.add(complaint);
                if (batch.size() == 1_000) {
                    mongo.insertAll(batch);
                    batch.clear();
                }
            }
            long start = System.nanoTime();
            mongo.insertAll(batch);
            all.await(30, TimeUnit.MINUTES);
            // let any duplicate show itself before counting
            Thread.sleep(3_000);
            // the notifier starts sending while the batches are inserted: time the drain from its first send
            double sinceLastInsert = (last[0] - start) / 1e9;
            double sinceFirstInsert = (last[0] - insertStart) / 1e9;
            long lost = count - delivered.size();
            long duplicated = delivered.values().stream().mapToInt(AtomicInteger::get).filter(v -> v > 1).count();
            double bound = (double) count / rate + injected429.get();
            List<java.time.Instant> sorted;
            synchronized (arrivals) {
                sorted = arrivals.stream().sorted().toList();
            }
            double seconds = sorted.isEmpty() ? 0
                    : java.time.Duration.between(sorted.getFirst(), sorted.getLast()).toNanos() / 1e9;
            System.out.printf("BENCH drain notifications=%d rate=%d/s seconds=%.1f bound=%.1f ratio=%.3f lost=%d "
                            + "duplicated=%d injected429=%d injected502=%d most-in-any-second=%d "
                            + "since-first-insert=%.1f since-last-insert=%.1f%n", count, rate,
                    seconds, bound, seconds / bound, lost, duplicated, injected429.get(), injected502.get(),
                    NotificationDrainIntegrationTests.mostInAnySecond(sorted), sinceFirstInsert, sinceLastInsert);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir); // hundreds of MB
        }
    }

    private static id.aduan.complaint.NewComplaint report(long chat) {
        return new id.aduan.complaint.NewComplaint(new id.aduan.complaint.Reporter(
                id.aduan.complaint.ChatRef.telegram(chat), "Warga", null), "Jalan berlubang", "depan pasar", null,
                null, "kemarin", null, id.aduan.models.taxonomy.ReportType.PENGADUAN, id.aduan.complaint.Privacy.BIASA,
                null, List.of(), List.of());
    }

    private static void run(FakeBotApi telegram, String slowDown, int chats, int total, boolean warmUp)
            throws InterruptedException {
        long base = 1_000_000L + chats * 100_000L + (warmUp ? 50_000L : 0);
        Map<Long, Integer> outstanding = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] latencies = new long[total];
        CountDownLatch finished = new CountDownLatch(1);
        telegram.onSend(call -> {
            if (call.body().path("text").asText().equals(slowDown)) {
                return;
            }
            long chat = call.body().path("chat_id").asLong();
            Integer updateId = outstanding.remove(chat);
            if (updateId == null) {
                return;
            }
            Long servedAt = telegram.servedAtNanos(updateId);
            int n = done.getAndIncrement();
            if (n < total && servedAt != null) {
                latencies[n] = System.nanoTime() - servedAt;
            }
            if (n + 1 >= total) {
                finished.countDown();
            } else if (started.getAndIncrement() < total) {
                telegram.citizenSaysWithId(chat, "/bantuan", id -> outstanding.put(chat, id));
            }
        });
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (long c = base; c < base + chats; c++) {
            long chat = c;
            if (started.getAndIncrement() < total) {
                telegram.citizenSaysWithId(chat, "/bantuan", id -> outstanding.put(chat, id));
            }
        }
        if (!finished.await(10, TimeUnit.MINUTES)) {
            System.out.printf("BENCH ingest chats=%d: timed out after %d of %d%n", chats, done.get(), total);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerUpdate = (processCpuNanos() - cpuBefore) / 1e6 / total;
        long[] sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        if (!warmUp) {
            System.out.printf("BENCH ingest chats=%d updates=%d seconds=%.2f throughput=%.0f/s p50=%.1fms "
                            + "p99=%.1fms max=%.1fms cpu-per-update=%.2fms%n", chats, total, seconds,
                    total / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, cpuPerUpdate);
        }
        telegram.onSend(call -> { });
    }

    /**
     * Offers {@code rate} updates a second for {@code seconds}, round robin over {@code chats}, without waiting for
     * replies (each chat's replies come in its order, so the n-th reply to a chat answers its n-th update).
     */
    private static void openLoop(FakeBotApi telegram, String slowDown, int chats, int rate, int seconds,
                                 boolean report) throws InterruptedException {
        long base = (report ? 7_000_000L : 8_000_000L) + chats * 100_000L + rate;
        int total = rate * seconds;
        Map<Long, java.util.Queue<long[]>> outstanding = new ConcurrentHashMap<>();
        long[] fromOffered = new long[total];
        long[] fromServed = new long[total];
        AtomicInteger done = new AtomicInteger();
        long[] lastReply = new long[1];
        CountDownLatch finished = new CountDownLatch(1);
        telegram.onSend(call -> {
            if (call.body().path("text").asText().equals(slowDown)) {
                return;
            }
            long[] offered = outstanding.getOrDefault(call.body().path("chat_id").asLong(),
                    new java.util.ArrayDeque<>()).poll();
            if (offered == null) {
                return;
            }
            long now = System.nanoTime();
            int n = done.getAndIncrement();
            if (n < total) {
                Long servedAt = telegram.servedAtNanos((int) offered[0]);
                fromOffered[n] = now - offered[1];
                fromServed[n] = servedAt != null ? now - servedAt : 0;
                lastReply[0] = now;
            }
            if (n + 1 == total) {
                finished.countDown();
            }
        });
        for (long c = base; c < base + chats; c++) {
            outstanding.put(c, new java.util.concurrent.ConcurrentLinkedQueue<>());
        }
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long behind = 0;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            } else {
                behind = Math.max(behind, -wait);
            }
            long chat = base + i % chats;
            telegram.citizenSaysWithId(chat, "/bantuan",
                    id -> outstanding.get(chat).add(new long[] {id, System.nanoTime()}));
        }
        double offeredFor = (System.nanoTime() - start) / 1e9;
        int answeredInTime = done.get();
        boolean all = finished.await(2, TimeUnit.MINUTES);
        double cpuPerUpdate = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, done.get());
        double answeredFor = ((all ? lastReply[0] : System.nanoTime()) - start) / 1e9;
        long[] offered = Arrays.stream(fromOffered).filter(l -> l > 0).sorted().toArray();
        long[] served = Arrays.stream(fromServed).filter(l -> l > 0).sorted().toArray();
        if (!report) {
            System.out.printf("BENCH open warm-up chats=%d rate=%d/s seconds=%d answered=%d/%d (not measured)%n",
                    chats, rate, seconds, done.get(), total);
            telegram.onSend(call -> { });
            return;
        }
        System.out.printf("BENCH open chats=%d rate=%d/s seconds=%d offered-in=%.2fs generator-behind-max=%.1fms "
                        + "answered=%d/%d answered-while-offering=%d all-answered-after=%.2fs achieved=%.0f/s "
                        + "from-offered p50=%.1fms p99=%.1fms max=%.1fms | from-served p50=%.1fms p99=%.1fms "
                        + "max=%.1fms cpu-per-update=%.2fms%n", chats, rate, seconds, offeredFor, behind / 1e6,
                done.get(), total, answeredInTime, answeredFor, done.get() / answeredFor, percentile(offered, 0.50),
                percentile(offered, 0.99), offered[offered.length - 1] / 1e6, percentile(served, 0.50),
                percentile(served, 0.99), served[served.length - 1] / 1e6, cpuPerUpdate);
        telegram.onSend(call -> { });
    }

    /**
     * CPU time used by this whole JVM so far (app, fake Bot API and long-polling client together): divided by the
     * updates of a round it says what one update costs, a figure that a busy machine changes much less than
     * latency.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
