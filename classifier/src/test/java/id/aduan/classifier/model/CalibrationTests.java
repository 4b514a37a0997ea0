package id.aduan.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTests {

    @Test
    void softensOverconfidentPredictions() {
        // Always 99% sure, right only half of the time: the fitted temperature must soften (T > 1).
        double[][] predictions = {{0.99, 0.01}, {0.99, 0.01}, {0.01, 0.99}, {0.01, 0.99}};
        int[] truth = {0, 1, 1, 0};
        assertThat(Calibration.temperature(predictions, truth)).isGreaterThan(1.0);
    }

    @Test
    void sharpensUnderconfidentPredictions() {
        double[][] predictions = {{0.6, 0.4}, {0.6, 0.4}, {0.4, 0.6}, {0.4, 0.6}};
        int[] truth = {0, 0, 1, 1};
        assertThat(Calibration.temperature(predictions, truth)).isLessThan(1.0);
    }

    @Test
    void weighsTheModelThatIsRightMore() {
        double[][] right = {{0.8, 0.2}, {0.2, 0.8}, {0.8, 0.2}};
        double[][] wrong = {{0.2, 0.8}, {0.8, 0.2}, {0.5, 0.5}};
        int[] truth = {0, 1, 0};
        double[] weights = Calibration.weights(new double[][][] {wrong, right}, truth);
        assertThat(weights[1]).isGreaterThan(weights[0]);
        assertThat(weights[0] + weights[1]).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
}
