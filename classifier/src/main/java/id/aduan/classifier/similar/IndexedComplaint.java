package id.aduan.classifier.similar;

import java.time.Instant;

/** A complaint as the similarity index sees it; {@code category} and {@code place} may be null when unknown. */
public record IndexedComplaint(String id, String text, String category, String place, Instant createdAt) {

    public IndexedComplaint {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        text = text == null ? "" : text;
        createdAt = createdAt == null ? Instant.EPOCH : createdAt;
    }
}
