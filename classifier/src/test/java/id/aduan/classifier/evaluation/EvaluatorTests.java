package id.aduan.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.aduan.models.suggestion.Scored;

class EvaluatorTests {

    @Test
    void countsTopThreeHitsAndBuildsTheConfusionMatrix() {
        Evaluator.Ranked ranked = new Evaluator.Ranked();
        ranked.add("a", List.of(new Scored<>("a", 0.6), new Scored<>("b", 0.3), new Scored<>("c", 0.1)));
        ranked.add("c", List.of(new Scored<>("a", 0.5), new Scored<>("b", 0.3), new Scored<>("c", 0.2)));
        ranked.add("d", List.of(new Scored<>("a", 0.4), new Scored<>("b", 0.3), new Scored<>("c", 0.2),
                new Scored<>("d", 0.1)));
        HeadEvaluation h = ranked.evaluation().orElseThrow();
        assertThat(h.examples()).isEqualTo(3);
        assertThat(h.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(h.top3Accuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(h.confusion().count("c", "a")).isEqualTo(1);
        assertThat(h.confusion().count("d", "a")).isEqualTo(1);
    }

    @Test
    void measuresTheGapBetweenConfidenceAndAccuracy() {
        Evaluator.Ranked ranked = new Evaluator.Ranked();
        ranked.add("a", List.of(new Scored<>("a", 0.9), new Scored<>("b", 0.1)));
        ranked.add("b", List.of(new Scored<>("a", 0.9), new Scored<>("b", 0.1)));
        ranked.add("b", List.of(new Scored<>("b", 0.55), new Scored<>("a", 0.45)));
        ranked.add("a", List.of(new Scored<>("b", 0.55), new Scored<>("a", 0.45)));
        HeadEvaluation h = ranked.evaluation().orElseThrow();
        // Bin 0.9: confidence 1.8 for 1 correct; bin 0.5: confidence 1.1 for 1 correct -> (0.8 + 0.1) / 4.
        assertThat(h.calibrationError()).isCloseTo(0.225, within(1e-12));
        assertThat(h.meanConfidence()).isCloseTo(0.725, within(1e-12));
    }

    @Test
    void usesNearestRankPercentiles() {
        long[] sorted = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(Evaluator.percentile(sorted, 0.5)).isEqualTo(2_000_000);
        assertThat(Evaluator.percentile(sorted, 0.99)).isEqualTo(4_000_000);
        assertThat(Evaluator.latency(sorted).meanMs()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void writesJsonWithEveryMetric() {
        Evaluator.Ranked ranked = new Evaluator.Ranked();
        ranked.add("x\"y", List.of(new Scored<>("x\"y", 1.0)));
        EvaluationReport report = new EvaluationReport("v1", "data.csv", 1, ranked.evaluation(),
                java.util.Optional.empty(), new EvaluationReport.Latency(1, 1, 1));
        assertThat(EvaluationJson.write(report)).contains("\"accuracy\": 1.000000", "\"macro_f1\"", "\"top3_accuracy\"",
                "\"per_class\"", "\"confusion_matrix\"", "\"x\\\"y\"", "\"agency\": null", "\"latency_ms_per_document\"");
    }
}
