package id.aduan.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises informal Indonesian chat text before analysis: lowercase, personal data and links masked, repeated
 * letters and reduplication ("jalan2") resolved, and slang or abbreviations mapped to standard words.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormaliser {

    /** Replaces a URL. */
    public static final String URL_TOKEN = "xurlx";
    /** Replaces an e-mail address. */
    public static final String EMAIL_TOKEN = "xemailx";
    /** Replaces a 16-digit NIK (national identity number). */
    public static final String NIK_TOKEN = "xnikx";
    /** Replaces an Indonesian phone number. */
    public static final String PHONE_TOKEN = "xtelpx";
    /** Replaces any other number. */
    public static final String NUMBER_TOKEN = "xangkax";

    private static final String SLANG_RESOURCE = "/aduan/classifier/slang.txt";
    private static final Pattern MASKED_BY_LAPOR = Pattern.compile("\\[\\*+[^\\]]*\\]");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d\\w])(?:\\+62|62|0)8\\d(?:[\\s.-]?\\d){6,11}(?!\\d)");
    private static final Pattern REDUPLICATION = Pattern.compile("\\b(\\p{L}{2,})2\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern REPEATED_LETTERS = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final TextNormaliser STANDARD = new TextNormaliser(loadSlang());

    private final Map<String, String> slang;

    TextNormaliser(Map<String, String> slang) {
        this.slang = Map.copyOf(slang);
    }

    /** The normaliser with the shipped slang map. */
    public static TextNormaliser standard() {
        return STANDARD;
    }

    /** The normalised form of {@code text}; never null. */
    public String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT);
        s = MASKED_BY_LAPOR.matcher(s).replaceAll(" " + PHONE_TOKEN + " ");
        s = URL.matcher(s).replaceAll(" " + URL_TOKEN + " ");
        s = EMAIL.matcher(s).replaceAll(" " + EMAIL_TOKEN + " ");
        s = NIK.matcher(s).replaceAll(" " + NIK_TOKEN + " ");
        s = PHONE.matcher(s).replaceAll(" " + PHONE_TOKEN + " ");
        s = REDUPLICATION.matcher(s).replaceAll("$1 $1");
        s = NUMBER.matcher(s).replaceAll(" " + NUMBER_TOKEN + " ");
        s = REPEATED_LETTERS.matcher(s).replaceAll("$1");
        s = WORD.matcher(s).replaceAll(m -> Matcher.quoteReplacement(slang.getOrDefault(m.group(), m.group())));
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Map<String, String> loadSlang() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = TextNormaliser.class.getResourceAsStream(SLANG_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SLANG_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                    continue;
                }
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
