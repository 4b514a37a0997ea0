package id.aduan.classifier;

/**
 * Classifier settings.
 *
 * @param threshold confidence below which a suggestion is unsure and an officer decides ("ditentukan petugas")
 * @param suggestions how many categories and agencies a suggestion lists at most
 */
public record ClassifierSettings(double threshold, int suggestions) {

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
        this(threshold, DEFAULT_SUGGESTIONS);
    }

    public static ClassifierSettings defaults() {
        return new ClassifierSettings(DEFAULT_THRESHOLD, DEFAULT_SUGGESTIONS);
    }
}
