package id.aduan.complaint;

import java.util.List;

import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;

/** The classifier's suggestion as stored with the complaint: plain codes and confidences, no generics. */
public record SuggestionSnapshot(List<ScoredCode> categories, List<ScoredCode> agencies, ReportType reportType,
                                 double threshold, String modelVersion) {

    /** A code with a confidence between 0 and 1. */
    public record ScoredCode(String code, double confidence) {
    }

    public static SuggestionSnapshot of(Suggestion s) {
        return new SuggestionSnapshot(
                s.categories().stream().map(c -> new ScoredCode(c.label().value(), c.confidence())).toList(),
                s.agencies().stream().map(a -> new ScoredCode(a.label().value(), a.confidence())).toList(),
                s.reportType(), s.threshold(), s.modelVersion());
    }

    public Suggestion toSuggestion() {
        return new Suggestion(
                categories.stream().map(c -> new Scored<>(CategoryCode.of(c.code()), c.confidence())).toList(),
                agencies.stream().map(a -> new Scored<>(AgencyCode.of(a.code()), a.confidence())).toList(),
                reportType, threshold, modelVersion);
    }
}
