package id.aduan.classifier;

/** A complaint text with the category and agency an officer confirmed; either label may be null or empty. */
public record LabelledExample(String text, String category, String agency) {
}
