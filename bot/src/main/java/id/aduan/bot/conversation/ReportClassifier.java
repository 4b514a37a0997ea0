package id.aduan.bot.conversation;

import id.aduan.models.suggestion.Suggestion;

/** Suggests category, agency and report type for a report's text (the classifier module, seen from here). */
@FunctionalInterface
public interface ReportClassifier {

    Suggestion suggest(String text);
}
