package id.aduan.classifier.corpus;

/** One labelled training or evaluation text; either label may be empty (null is read as empty). */
public record Example(String text, String category, String agency) {

    public Example {
        text = text == null ? "" : text;
        category = category == null ? "" : category.strip();
        agency = agency == null ? "" : agency.strip();
    }

    public boolean hasCategory() {
        return !category.isEmpty();
    }

    public boolean hasAgency() {
        return !agency.isEmpty();
    }
}
