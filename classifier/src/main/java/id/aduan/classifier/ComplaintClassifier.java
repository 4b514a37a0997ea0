package id.aduan.classifier;

import id.aduan.models.suggestion.Suggestion;

/** Suggests category, agency and report type for a complaint text; implementations are thread-safe. */
public interface ComplaintClassifier {

    /** Categories and agencies best first with calibrated confidences, the report type, and the unsure threshold. */
    Suggestion suggest(String text);

    /** The model currently serving. */
    ModelInfo model();
}
