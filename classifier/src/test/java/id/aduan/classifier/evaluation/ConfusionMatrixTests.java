package id.aduan.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTests {

    /**
     * Hand-checked fixture, rows actual, columns predicted:
     * <pre>
     *            jalan  sampah  lampu
     *   jalan      3      1       0
     *   sampah     1      2       0
     *   lampu      0      1       2
     * </pre>
     * accuracy 7/10; jalan P=3/4 R=3/4 F1=0.75; sampah P=2/4 R=2/3 F1=4/7; lampu P=2/2 R=2/3 F1=0.8;
     * macro-F1 = (0.75 + 4/7 + 0.8) / 3.
     */
    private static ConfusionMatrix fixture() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, "jalan", "jalan", 3);
        add(m, "jalan", "sampah", 1);
        add(m, "sampah", "jalan", 1);
        add(m, "sampah", "sampah", 2);
        add(m, "lampu", "sampah", 1);
        add(m, "lampu", "lampu", 2);
        return m;
    }

    private static void add(ConfusionMatrix m, String actual, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(actual, predicted);
        }
    }

    @Test
    void computesAccuracyAndPerClassMetricsFromTheCounts() {
        ConfusionMatrix m = fixture();
        assertThat(m.total()).isEqualTo(10);
        assertThat(m.accuracy()).isCloseTo(0.7, within(1e-12));
        assertThat(m.metrics("jalan")).isEqualTo(new ConfusionMatrix.ClassMetrics("jalan", 0.75, 0.75, 0.75, 4));
        ConfusionMatrix.ClassMetrics sampah = m.metrics("sampah");
        assertThat(sampah.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(sampah.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(sampah.f1()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(sampah.support()).isEqualTo(3);
        ConfusionMatrix.ClassMetrics lampu = m.metrics("lampu");
        assertThat(lampu.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(lampu.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(lampu.f1()).isCloseTo(0.8, within(1e-12));
        assertThat(m.macroF1()).isCloseTo((0.75 + 4.0 / 7 + 0.8) / 3, within(1e-12));
    }

    @Test
    void countsALabelOnlyEverPredictedWithZeroF1() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("a", "a");
        m.add("a", "b");
        assertThat(m.labels()).containsExactly("a", "b");
        assertThat(m.metrics("b")).isEqualTo(new ConfusionMatrix.ClassMetrics("b", 0, 0, 0, 0));
        assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-12));
    }

    @Test
    void isZeroWhenEmpty() {
        ConfusionMatrix m = new ConfusionMatrix();
        assertThat(m.accuracy()).isZero();
        assertThat(m.macroF1()).isZero();
    }
}
