package id.aduan.classifier.similar;

/** An indexed complaint that looks like the same problem, with a similarity between 0 and 1. */
public record SimilarComplaint(String id, double score) {
}
