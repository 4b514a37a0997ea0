package id.aduan.classifier;

/**
 * Classifier settings.
 *
 * @param threshold confidence below which a suggestion is unsure and an officer decides ("ditentukan petugas")
 * @param suggestions how many categories and agencies a suggestion lists at most
 * @param backgroundCalibration whether {@link LiveClassifier#fromSeed} follows its quick start-up model (measured
 *                              mixture) with a calibrated one trained in the background; turn it off in tests that
 *                              start many classifiers. {@link LiveClassifier#retrain} always calibrates.
 */
public record ClassifierSettings(double threshold, int suggestions, boolean backgroundCalibration) {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_SUGGESTIONS = 3;

    public ClassifierSettings {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be within [0,1]: " + threshold);
        }
        if (suggestions < 1) {
            throw new IllegalArgumentException("suggestions must be at least 1: " + suggestions);
        }
    }

    public ClassifierSettings(double threshold) {
        this(threshold, DEFAULT_SUGGESTIONS, true);
    }

    public ClassifierSettings(double threshold, int suggestions) {
        this(threshold, suggestions, true);
    }

    public static ClassifierSettings defaults() {
        return new ClassifierSettings(DEFAULT_THRESHOLD, DEFAULT_SUGGESTIONS, true);
    }

    public ClassifierSettings withBackgroundCalibration(boolean enabled) {
        return new ClassifierSettings(threshold, suggestions, enabled);
    }
}
