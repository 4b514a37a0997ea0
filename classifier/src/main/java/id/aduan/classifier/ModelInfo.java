package id.aduan.classifier;

import java.time.Instant;

/** What the serving model is: version, training data size (of which officers' corrections), date and algorithm. */
public record ModelInfo(String version, int trainingExamples, int corrections, Instant trainedAt, String algorithm) {
}
