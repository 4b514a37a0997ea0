package id.aduan.models.suggestion;

/** A label with the classifier's calibrated confidence in it, between 0 and 1. */
public record Scored<T>(T label, double confidence) {

    public Scored {
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0,1]: " + confidence);
        }
    }

    /** The confidence as a whole percentage, for people. */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }
}
