package id.aduan.classifier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.aduan.classifier.text.ComplaintText.Doc;
import id.aduan.models.suggestion.Scored;

/**
 * Predicts one label (category or agency) by a weighted average of its models' probabilities, sharpened or
 * softened by a temperature fitted on held-out predictions so that the confidences are calibrated.
 */
final class LabelHead {

    private final Labels labels;
    private final List<Scorer> scorers;
    private final double[] weights;
    private final double[] scorerTemperatures;
    private final double temperature;

    /**
     * @param scorerTemperatures calibrate each scorer before mixing
     * @param temperature calibrates the mixture
     */
    LabelHead(Labels labels, List<Scorer> scorers, double[] weights, double[] scorerTemperatures, double temperature) {
        if (scorers.size() != weights.length || scorers.size() != scorerTemperatures.length) {
            throw new IllegalArgumentException("one weight and temperature per scorer");
        }
        this.labels = labels;
        this.scorers = List.copyOf(scorers);
        this.weights = weights.clone();
        this.scorerTemperatures = scorerTemperatures.clone();
        this.temperature = temperature;
    }

    double[] scorerTemperatures() {
        return scorerTemperatures.clone();
    }

    Labels labels() {
        return labels;
    }

    List<Scorer> scorers() {
        return scorers;
    }

    double[] weights() {
        return weights.clone();
    }

    double temperature() {
        return temperature;
    }

    /** The combined probabilities before calibration, in label order. */
    double[] raw(Doc doc) {
        double[] combined = new double[labels.size()];
        if (labels.size() == 1) {
            combined[0] = 1.0;
            return combined;
        }
        double total = 0;
        for (int s = 0; s < scorers.size(); s++) {
            if (weights[s] == 0) {
                continue;
            }
            double[] p = calibrate(scorers.get(s).probabilities(doc), scorerTemperatures[s]);
            for (int i = 0; i < combined.length; i++) {
                combined[i] += weights[s] * p[i];
            }
            total += weights[s];
        }
        for (int i = 0; i < combined.length; i++) {
            combined[i] /= total;
        }
        return combined;
    }

    /** Calibrated probabilities, in label order. */
    double[] probabilities(Doc doc) {
        return calibrate(raw(doc), temperature);
    }

    List<Scored<String>> ranking(Doc doc) {
        double[] p = probabilities(doc);
        List<Scored<String>> ranking = new ArrayList<>(p.length);
        for (int i = 0; i < p.length; i++) {
            ranking.add(new Scored<>(labels.name(i), Math.min(1.0, Math.max(0.0, p[i]))));
        }
        ranking.sort(Comparator.comparingDouble((Scored<String> s) -> s.confidence()).reversed());
        return ranking;
    }

    /** Temperature scaling on probabilities: p_i^(1/T), renormalised. */
    static double[] calibrate(double[] p, double temperature) {
        double[] out = new double[p.length];
        if (temperature == 1.0) {
            System.arraycopy(p, 0, out, 0, p.length);
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(Math.max(p[i], 1e-12)) / temperature;
            max = Math.max(max, out[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.exp(out[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < p.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
