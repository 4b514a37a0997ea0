package id.aduan.classifier.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import id.aduan.classifier.corpus.Example;
import id.aduan.classifier.model.TrainedModel;
import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.models.suggestion.Scored;

/** Evaluates a trained model on labelled examples: accuracy, macro-F1, top-3, per-class metrics, latency. */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvaluationReport evaluate(TrainedModel model, List<Example> examples, String data,
                                            Consumer<String> progress) {
        Ranked category = new Ranked();
        Ranked agency = new Ranked();
        long[] nanos = new long[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            long start = System.nanoTime();
            Doc doc = model.read(example.text());
            List<Scored<String>> categories = model.categories(doc);
            List<Scored<String>> agencies = model.agencies(doc);
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

        private final ConfusionMatrix confusion = new ConfusionMatrix();
        private int examples;
        private int top3;

        void add(String actual, List<Scored<String>> ranking) {
            String predicted = ranking.isEmpty() ? "(none)" : ranking.get(0).label();
            confusion.add(actual, predicted);
            examples++;
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
            return Optional.of(new HeadEvaluation(examples, confusion.accuracy(), confusion.macroF1(),
                    (double) top3 / examples, perClass, confusion));
        }
    }
}
