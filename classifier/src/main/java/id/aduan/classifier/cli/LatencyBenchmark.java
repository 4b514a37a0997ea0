package id.aduan.classifier.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * A latency harness (not a test): classifies the texts of a corpus over and over on N threads for a fixed time
 * after a warm-up, and prints per-call wall-clock p50/p99/p99.9, thread CPU time p50/p99 (which separates the
 * work from waiting for a core on a shared machine) and throughput. One call is what the bot does per complaint:
 * read the text and rank both heads.
 */
final class LatencyBenchmark {

    private final PrintStream out;
    private final PrintStream err;

    LatencyBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(TrainedModel model, List<Example> examples, int threads, int seconds) {
        return run(text -> {
            Doc doc = model.read(text);
            model.categories(doc);
            model.agencies(doc);
        }, examples, threads, seconds);
    }

    /** Measures {@code classify} over the texts of {@code examples}. */
    int run(Consumer<String> classify, List<Example> examples, int threads, int seconds) {
        List<String> texts = examples.stream().map(Example::text).toList();
        err.println("warming up for " + Math.max(2, seconds / 3) + " s");
        measure(classify, texts, threads, Math.max(2, seconds / 3));
        err.println("measuring on " + threads + " thread(s) for " + seconds + " s");
        long[][] measured = measure(classify, texts, threads, seconds);
        long[] nanos = measured[0];
        long[] cpu = measured[1];
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "threads=%d calls=%d throughput=%.0f/s wall: p50=%.3f ms p99=%.3f ms p99.9=%.3f ms "
                        + "max=%.3f ms; cpu: p50=%.3f ms p99=%.3f ms; load average %.2f on %d cores%n",
                threads, nanos.length, nanos.length / (double) seconds, at(nanos, 0.50), at(nanos, 0.99),
                at(nanos, 0.999), nanos[nanos.length - 1] / 1e6, at(cpu, 0.50), at(cpu, 0.99),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return ClassifierCommand.OK;
    }

    /** Wall-clock and thread CPU nanoseconds per call. */
    private static long[][] measure(Consumer<String> classify, List<String> texts, int threads, int seconds) {
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<long[][]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 7919;
                results.add(pool.submit(() -> {
                    long[] nanos = new long[1 << 16];
                    long[] cpu = new long[1 << 16];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String text = texts.get(i % texts.size());
                        long startCpu = cpuClock.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        classify.accept(text);
                        long took = System.nanoTime() - start;
                        long tookCpu = cpuClock.getCurrentThreadCpuTime() - startCpu;
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                            cpu = Arrays.copyOf(cpu, n * 2);
                        }
                        nanos[n] = took;
                        cpu[n++] = tookCpu;
                    }
                    return new long[][] {Arrays.copyOf(nanos, n), Arrays.copyOf(cpu, n)};
                }));
            }
            long[][] all = {new long[0], new long[0]};
            for (Future<long[][]> f : results) {
                long[][] part = f.get();
                for (int m = 0; m < 2; m++) {
                    long[] merged = Arrays.copyOf(all[m], all[m].length + part[m].length);
                    System.arraycopy(part[m], 0, merged, all[m].length, part[m].length);
                    all[m] = merged;
                }
            }
            return all;
        } catch (Exception e) {
            throw new IllegalStateException("latency run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double at(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
