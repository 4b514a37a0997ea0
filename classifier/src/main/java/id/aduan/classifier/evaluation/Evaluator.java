package id.aduan.classifier.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.routing.AgencyRouting;
import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.models.suggestion.Scored;

/** Evaluates a trained model on labelled examples: accuracy, macro-F1, top-3, per-class metrics, latency. */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvaluationReport evaluate(TrainedModel model, List<Example> examples, String data,
                                            Consumer<String> progress) {
        return evaluate(model, examples, data, null, progress);
    }

    /** Evaluates with the agency suggested through {@code routing} (category ranking plus agency model). */
    public static EvaluationReport evaluate(TrainedModel model, List<Example> examples, String data,
                                            AgencyRouting routing, Consumer<String> progress) {
        Ranked category = new Ranked();
        Ranked agency = new Ranked();
        long[] nanos = new long[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            long start = System.nanoTime();
            Doc doc = model.read(example.text());
            List<Scored<String>> categories = model.categories(doc);
            List<Scored<String>> agencies = routing == null ? model.agencies(doc)
                    : routing.agencies(categories, model.agencies(doc));
            nanos[i] = System.nanoTime() - start;
            if (example.hasCategory()) {
                category.add(example.category(), categories);
            }
            if (example.hasAgency()) {
                agency.add(example.agency(), agencies);
            }
            if ((i + 1) % 1000 == 0) {
                progress.accept("evaluated " + (i + 1) + "/" + examples.size() + " documents");
            }
        }
        return new EvaluationReport(model.metadata().version(), data, examples.size(), category.evaluation(),
                agency.evaluation(), latency(nanos));
    }

    static EvaluationReport.Latency latency(long[] nanos) {
        if (nanos.length == 0) {
            return new EvaluationReport.Latency(0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new EvaluationReport.Latency(mean, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Accumulates the true label and the ranking of one head, per example. */
    static final class Ranked {

        private static final int BINS = 10;

        private final ConfusionMatrix confusion = new ConfusionMatrix();
        private final int[] binCount = new int[BINS];
        private final int[] binCorrect = new int[BINS];
        private final double[] binConfidence = new double[BINS];
        private int examples;
        private int top3;

        void add(String actual, List<Scored<String>> ranking) {
            String predicted = ranking.isEmpty() ? "(none)" : ranking.get(0).label();
            double confidence = ranking.isEmpty() ? 0 : ranking.get(0).confidence();
            confusion.add(actual, predicted);
            examples++;
            int bin = Math.min(BINS - 1, (int) (confidence * BINS));
            binCount[bin]++;
            binConfidence[bin] += confidence;
            binCorrect[bin] += predicted.equals(actual) ? 1 : 0;
            for (int r = 0; r < Math.min(3, ranking.size()); r++) {
                if (ranking.get(r).label().equals(actual)) {
                    top3++;
                    break;
                }
            }
        }

        Optional<HeadEvaluation> evaluation() {
            if (examples == 0) {
                return Optional.empty();
            }
            List<ConfusionMatrix.ClassMetrics> perClass = new ArrayList<>();
            for (String label : confusion.labels()) {
                perClass.add(confusion.metrics(label));
            }
            double calibrationError = 0;
            double confidence = 0;
            for (int b = 0; b < BINS; b++) {
                if (binCount[b] > 0) {
                    calibrationError += Math.abs(binConfidence[b] - binCorrect[b]) / examples;
                    confidence += binConfidence[b] / examples;
                }
            }
            return Optional.of(new HeadEvaluation(examples, confusion.accuracy(), confusion.macroF1(),
                    (double) top3 / examples, calibrationError, confidence, perClass, confusion));
        }
    }
}
