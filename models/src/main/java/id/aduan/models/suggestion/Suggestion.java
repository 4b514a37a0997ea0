package id.aduan.models.suggestion;

import java.util.List;
import java.util.Optional;

import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;

/**
 * The classifier's suggestion for one complaint: the best categories and agencies (best first) with calibrated
 * confidences, the inferred report type, and the threshold below which the suggestion is "unsure" and an officer
 * decides ("ditentukan petugas").
 */
public record Suggestion(List<Scored<CategoryCode>> categories, List<Scored<AgencyCode>> agencies,
                         ReportType reportType, double threshold, String modelVersion) {

    public Suggestion {
        categories = List.copyOf(categories);
        agencies = List.copyOf(agencies);
        if (reportType == null) {
            reportType = ReportType.PENGADUAN;
        }
    }

    /** The best category, whatever its confidence. */
    public Optional<Scored<CategoryCode>> topCategory() {
        return categories.stream().findFirst();
    }

    /** The best agency, whatever its confidence. */
    public Optional<Scored<AgencyCode>> topAgency() {
        return agencies.stream().findFirst();
    }

    /** The best category only when the classifier is confident enough to name it. */
    public Optional<CategoryCode> confidentCategory() {
        return topCategory().filter(s -> s.confidence() >= threshold).map(Scored::label);
    }

    /** The best agency only when the classifier is confident enough to name it. */
    public Optional<AgencyCode> confidentAgency() {
        return topAgency().filter(s -> s.confidence() >= threshold).map(Scored::label);
    }
}
