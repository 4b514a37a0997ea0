package id.aduan.classifier.model;

import java.time.Instant;

/** How a model was trained: its version, training data size (of which corrections), date and algorithm. */
public record ModelMetadata(String version, int trainingExamples, int corrections, Instant trainedAt,
                            String algorithm) {
}
