package id.aduan.classifier.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.text.ComplaintText.Doc;

/**
 * A latency harness (not a test): classifies the texts of a corpus over and over on N threads for a fixed time
 * after a warm-up, and prints per-call p50/p99/p99.9 and throughput. One call is what the bot does per complaint:
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
        List<String> texts = examples.stream().map(Example::text).toList();
        err.println("warming up for " + Math.max(2, seconds / 3) + " s");
        measure(model, texts, threads, Math.max(2, seconds / 3));
        err.println("measuring on " + threads + " thread(s) for " + seconds + " s");
        long[] nanos = measure(model, texts, threads, seconds);
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "threads=%d calls=%d throughput=%.0f/s p50=%.3f ms p99=%.3f ms p99.9=%.3f ms max=%.3f ms%n",
                threads, nanos.length, nanos.length / (double) seconds, at(nanos, 0.50), at(nanos, 0.99),
                at(nanos, 0.999), nanos[nanos.length - 1] / 1e6);
        return ClassifierCommand.OK;
    }

    private static long[] measure(TrainedModel model, List<String> texts, int threads, int seconds) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 7919;
                results.add(pool.submit(() -> {
                    long[] nanos = new long[1 << 16];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String text = texts.get(i % texts.size());
                        long start = System.nanoTime();
                        Doc doc = model.read(text);
                        model.categories(doc);
                        model.agencies(doc);
                        long took = System.nanoTime() - start;
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = took;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : results) {
                long[] part = f.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
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
