package id.aduan.classifier.evaluation;

import java.util.Locale;
import java.util.Optional;

/**
 * The result of evaluating a model on a labelled corpus: one {@link HeadEvaluation} per head that had labels, and
 * the classification latency per document (both heads together).
 */
public record EvaluationReport(String modelVersion, String data, int documents, Optional<HeadEvaluation> category,
                               Optional<HeadEvaluation> agency, Latency latency) {

    /** Latency per document in milliseconds. */
    public record Latency(double meanMs, double p50Ms, double p99Ms) {
    }

    /** A short human summary, a few lines. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "model %s on %s: %d documents%n", modelVersion, data, documents));
        category.ifPresent(h -> out.append(line("category", h)));
        agency.ifPresent(h -> out.append(line("agency", h)));
        out.append(String.format(Locale.ROOT, "latency per document: mean %.3f ms, p50 %.3f ms, p99 %.3f ms%n",
                latency.meanMs(), latency.p50Ms(), latency.p99Ms()));
        return out.toString();
    }

    private static String line(String head, HeadEvaluation h) {
        return String.format(Locale.ROOT, "%-8s n=%d accuracy=%.4f macro_f1=%.4f top3_accuracy=%.4f "
                        + "calibration_error=%.4f mean_confidence=%.4f labels=%d%n", head, h.examples(), h.accuracy(),
                h.macroF1(), h.top3Accuracy(), h.calibrationError(), h.meanConfidence(), h.confusion().labels().size());
    }
}
