package id.aduan.complaint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class GroupCommitTests {

    @Test
    void aWriteAloneIsWrittenAtOnceInACallOfItsOwn() {
        List<List<String>> calls = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(calls::add);

        commit.write("a");
        commit.write("b");

        assertThat(calls).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void writesArrivingWhileOneIsUnderWayAreWrittenTogetherAndEachReturnsOnlyOnceItsItemIsWritten()
            throws Exception {
        Set<Integer> written = ConcurrentHashMap.newKeySet();
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            if (items.contains(0)) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            batchSizes.add(items.size());
            written.addAll(items);
        });
        List<Integer> missingOnReturn = new CopyOnWriteArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> calls = new ArrayList<>();
            calls.add(pool.submit(() -> write(commit, 0, written, missingOnReturn)));
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            CountDownLatch arrived = new CountDownLatch(50);
            for (int i = 1; i <= 50; i++) {
                int item = i;
                calls.add(pool.submit(() -> {
                    arrived.countDown();
                    write(commit, item, written, missingOnReturn);
                }));
            }
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue(); // the 50 gather behind the first write
            releaseFirst.countDown();
            for (Future<?> call : calls) {
                call.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(missingOnReturn).isEmpty();
        assertThat(written).hasSize(51);
        assertThat(batchSizes).hasSizeLessThan(51); // grouped: fewer writes than items
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(51);
    }

    @Test
    void aFailedWriteFailsEveryCallerOfItsBatchAndTheNextWriteWorks() throws Exception {
        AtomicBoolean fail = new AtomicBoolean(true);
        List<String> written = new CopyOnWriteArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(items -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("store unreachable");
            }
            written.addAll(items);
        });

        assertThatThrownBy(() -> commit.write("lost")).hasMessage("store unreachable");
        commit.write("kept");

        assertThat(written).containsExactly("kept");
    }

    private static void write(GroupCommit<Integer> commit, int item, Set<Integer> written, List<Integer> missing) {
        commit.write(item);
        if (!written.contains(item)) {
            missing.add(item);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
