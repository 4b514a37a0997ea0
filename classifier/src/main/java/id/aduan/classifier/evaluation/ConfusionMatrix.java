package id.aduan.classifier.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts of (actual, predicted) label pairs, with the metrics derived from them: accuracy, per-class precision,
 * recall and F1, and macro-F1 (the unweighted mean F1 over every label that occurs as actual or predicted).
 */
public final class ConfusionMatrix {

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final TreeSet<String> labels = new TreeSet<>();
    private int total;

    public void add(String actual, String predicted) {
        counts.computeIfAbsent(actual, a -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
        labels.add(actual);
        labels.add(predicted);
        total++;
    }

    /** Every label seen as actual or predicted, sorted. */
    public List<String> labels() {
        return new ArrayList<>(labels);
    }

    public int count(String actual, String predicted) {
        return counts.getOrDefault(actual, Map.of()).getOrDefault(predicted, 0);
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        if (total == 0) {
            return 0;
        }
        int correct = 0;
        for (String label : labels) {
            correct += count(label, label);
        }
        return (double) correct / total;
    }

    /** Precision, recall, F1 and support of one label; 0 where undefined (no predictions or no support). */
    public ClassMetrics metrics(String label) {
        int truePositives = count(label, label);
        int support = 0;
        int predicted = 0;
        for (String other : labels) {
            support += count(label, other);
            predicted += count(other, label);
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = support == 0 ? 0 : (double) truePositives / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassMetrics(label, precision, recall, f1, support);
    }

    public double macroF1() {
        return labels.isEmpty() ? 0 : labels.stream().mapToDouble(l -> metrics(l).f1()).average().orElse(0);
    }

    /** Per-class precision, recall, F1 and support. */
    public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
    }
}
