package id.aduan.classifier.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes an {@link EvaluationReport} as JSON (snake_case keys; a head without labels is {@code null}). */
public final class EvaluationJson {

    private EvaluationJson() {
    }

    public static String write(EvaluationReport report) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n");
        json.append("  \"model_version\": ").append(string(report.modelVersion())).append(",\n");
        json.append("  \"data\": ").append(string(report.data())).append(",\n");
        json.append("  \"documents\": ").append(report.documents()).append(",\n");
        EvaluationReport.Latency latency = report.latency();
        json.append("  \"latency_ms_per_document\": {\"mean\": ").append(number(latency.meanMs()))
                .append(", \"p50\": ").append(number(latency.p50Ms()))
                .append(", \"p99\": ").append(number(latency.p99Ms())).append("},\n");
        head(json, "category", report.category());
        json.append(",\n");
        head(json, "agency", report.agency());
        json.append("\n}\n");
        return json.toString();
    }

    private static void head(StringBuilder json, String name, Optional<HeadEvaluation> evaluation) {
        json.append("  ").append(string(name)).append(": ");
        if (evaluation.isEmpty()) {
            json.append("null");
            return;
        }
        HeadEvaluation h = evaluation.get();
        json.append("{\n");
        json.append("    \"examples\": ").append(h.examples()).append(",\n");
        json.append("    \"accuracy\": ").append(number(h.accuracy())).append(",\n");
        json.append("    \"macro_f1\": ").append(number(h.macroF1())).append(",\n");
        json.append("    \"top3_accuracy\": ").append(number(h.top3Accuracy())).append(",\n");
        json.append("    \"calibration_error\": ").append(number(h.calibrationError())).append(",\n");
        json.append("    \"mean_confidence\": ").append(number(h.meanConfidence())).append(",\n");
        json.append("    \"per_class\": {");
        for (int i = 0; i < h.perClass().size(); i++) {
            ConfusionMatrix.ClassMetrics m = h.perClass().get(i);
            json.append(i == 0 ? "\n" : ",\n").append("      ").append(string(m.label()))
                    .append(": {\"precision\": ").append(number(m.precision()))
                    .append(", \"recall\": ").append(number(m.recall()))
                    .append(", \"f1\": ").append(number(m.f1()))
                    .append(", \"support\": ").append(m.support()).append('}');
        }
        json.append("\n    },\n");
        List<String> labels = h.confusion().labels();
        json.append("    \"confusion_matrix\": {\n      \"note\": \"rows are actual labels, columns predicted\",\n");
        json.append("      \"labels\": [");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(labels.get(i)));
        }
        json.append("],\n      \"matrix\": [");
        for (int r = 0; r < labels.size(); r++) {
            json.append(r == 0 ? "\n        [" : ",\n        [");
            for (int c = 0; c < labels.size(); c++) {
                json.append(c == 0 ? "" : ", ").append(h.confusion().count(labels.get(r), labels.get(c)));
            }
            json.append(']');
        }
        json.append("\n      ]\n    }\n  }");
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "null";
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
