package id.aduan.classifier.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns raw complaint text into what the models read: the normalised text and its analysed words.
 *
 * <p>Thread-safe: Lucene analyzers reuse their components per thread.
 */
public final class ComplaintText {

    /** The field name used for analysis and in Lucene indexes. */
    public static final String FIELD = "text";
    /** Longest text read, in characters (a Telegram message has at most 4,096); the rest is ignored. */
    public static final int MAX_CHARS = 20_000;

    private static final ComplaintText STANDARD = new ComplaintText(TextNormaliser.standard(), new ChatAnalyzer(true));

    private final TextNormaliser normaliser;
    private final Analyzer analyzer;

    public ComplaintText(TextNormaliser normaliser, Analyzer analyzer) {
        this.normaliser = normaliser;
        this.analyzer = analyzer;
    }

    /** Normalisation plus the Indonesian analyzer with derivational stemming. */
    public static ComplaintText standard() {
        return STANDARD;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public String normalise(String raw) {
        return normaliser.normalise(raw);
    }

    /** The normalised text and analysed words of {@code raw} (at most {@link #MAX_CHARS} of it). */
    public Doc read(String raw) {
        String bounded = raw != null && raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        String normalised = normaliser.normalise(bounded);
        return new Doc(normalised, words(normalised));
    }

    /** The analysed words of already normalised text. */
    public String[] words(String normalised) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when reading from a String
        }
        return words.toArray(String[]::new);
    }

    /** A complaint text as the models see it. */
    public record Doc(String normalised, String[] words) {
    }
}
