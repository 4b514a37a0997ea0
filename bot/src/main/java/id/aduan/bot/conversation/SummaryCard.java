package id.aduan.bot.conversation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.aduan.bot.conversation.Reply.Button;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/** The card a citizen checks before sending: every slot, the suggested category and agency with confidence. */
public final class SummaryCard {

    /** Telegram sends at most 4096 characters in a message: long answers are cut on the card, not in the report. */
    private static final int MAX_DESCRIPTION = 2500;
    private static final int MAX_SHORT = 300;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ROOT);

    private final Texts texts;
    private final Function<CategoryCode, String> categoryNames;
    private final Function<AgencyCode, String> agencyNames;

    public SummaryCard(Texts texts, Taxonomy taxonomy) {
        this(texts, taxonomy::categoryName, taxonomy::agencyName);
    }

    /** A card that names categories and agencies with the given lookups (tests use names read from the taxonomy). */
    SummaryCard(Texts texts, Function<CategoryCode, String> categoryNames, Function<AgencyCode, String> agencyNames) {
        this.texts = texts;
        this.categoryNames = categoryNames;
        this.agencyNames = agencyNames;
    }

    Reply render(Draft d) {
        String none = texts.get("report.summary-none");
        String incident = d.incidentText() == null ? null : cut(d.incidentText(), MAX_SHORT);
        String when = d.incidentDate() != null
                ? (incident == null ? "" : incident + " ") + "(" + DATE.format(d.incidentDate()) + ")"
                : incident != null ? incident : none;
        String photos = d.photos().isEmpty() ? none : texts.get("report.summary-photos", d.photos().size());
        Suggestion s = d.suggestion() == null ? null : d.suggestion().toSuggestion();
        String category = s == null ? texts.get("report.summary-unsure") : s.topCategory()
                .filter(top -> top.confidence() >= s.threshold())
                .map(top -> texts.get("report.summary-suggested", categoryNames.apply(top.label()), top.percent()))
                .orElse(texts.get("report.summary-unsure"));
        String agency = s == null ? texts.get("report.summary-unsure") : s.topAgency()
                .filter(top -> top.confidence() >= s.threshold())
                .map(top -> texts.get("report.summary-suggested", agencyNames.apply(top.label()), top.percent()))
                .orElse(texts.get("report.summary-unsure"));
        String type = d.reportType() == null ? none : d.reportType().displayName();
        String privacy = d.privacy() == null ? none : d.privacy().displayName();
        String text = texts.get("report.summary", cut(d.description(), MAX_DESCRIPTION),
                d.location() == null ? none : cut(d.location(), MAX_SHORT), when,
                photos, type, privacy, category, agency);
        return Reply.withButtons(text, List.of(List.of(new Button(texts.get("report.send"), "send"),
                new Button(texts.get("report.edit"), "edit"), new Button(texts.get("report.cancel"), "cancel"))));
    }

    private String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip() + "... " + texts.get("report.summary-cut");
    }
}
