package id.aduan.classifier.model;

/**
 * Fits combination weights and temperatures on held-out predictions by minimising the negative log-likelihood of
 * the true labels (a proper scoring rule, so the fitted confidences are calibrated).
 */
final class Calibration {

    private static final double[] TEMPERATURES = new double[48];

    static {
        for (int i = 0; i < TEMPERATURES.length; i++) {
            TEMPERATURES[i] = Math.exp(Math.log(0.1) + i * (Math.log(8.0) - Math.log(0.1)) / (TEMPERATURES.length - 1));
        }
    }

    private Calibration() {
    }

    /** The temperature that minimises the NLL of {@code predictions} (one probability row per example). */
    static double temperature(double[][] predictions, int[] truth) {
        double best = 1.0;
        double bestLoss = nll(predictions, truth, 1.0);
        for (double t : TEMPERATURES) {
            double loss = nll(predictions, truth, t);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    /** Mixture weights on a simplex grid (step 0.05) that minimise the NLL of the mixed (calibrated) predictions. */
    static double[] weights(double[][][] predictions, int[] truth) {
        int m = predictions.length;
        if (m == 1) {
            return new double[] {1.0};
        }
        int steps = 20;
        double[] best = new double[m];
        double bestLoss = Double.POSITIVE_INFINITY;
        int[] grid = new int[m];
        while (true) {
            int sum = 0;
            for (int i = 0; i < m - 1; i++) {
                sum += grid[i];
            }
            if (sum <= steps) {
                grid[m - 1] = steps - sum;
                double[] w = new double[m];
                for (int i = 0; i < m; i++) {
                    w[i] = (double) grid[i] / steps;
                }
                double loss = nll(mix(predictions, w), truth, 1.0);
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    best = w;
                }
            }
            int i = 0;
            while (i < m - 1 && ++grid[i] > steps) {
                grid[i++] = 0;
            }
            if (i == m - 1) {
                break;
            }
        }
        return best;
    }

    static double[][] mix(double[][][] predictions, double[] weights) {
        int n = predictions[0].length;
        int k = predictions[0][0].length;
        double[][] mixed = new double[n][k];
        for (int s = 0; s < predictions.length; s++) {
            if (weights[s] == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    mixed[i][c] += weights[s] * predictions[s][i][c];
                }
            }
        }
        return mixed;
    }

    static double[][] calibrated(double[][] predictions, double temperature) {
        double[][] out = new double[predictions.length][];
        for (int i = 0; i < predictions.length; i++) {
            out[i] = LabelHead.calibrate(predictions[i], temperature);
        }
        return out;
    }

    static double nll(double[][] predictions, int[] truth, double temperature) {
        double loss = 0;
        for (int i = 0; i < predictions.length; i++) {
            double[] p = temperature == 1.0 ? predictions[i] : LabelHead.calibrate(predictions[i], temperature);
            loss -= Math.log(Math.max(p[truth[i]], 1e-12));
        }
        return loss / predictions.length;
    }
}
