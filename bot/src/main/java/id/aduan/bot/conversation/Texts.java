package id.aduan.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** The citizen-facing Indonesian texts, from {@code aduan/bot/messages.properties}, keyed {@code <feature>.<step>}. */
public final class Texts {

    static final String RESOURCE = "/aduan/bot/messages.properties";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Properties messages;

    private Texts(Properties messages) {
        this.messages = messages;
    }

    public static Texts indonesian() {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Texts(p);
    }

    /** The text for a key with its {0}, {1}... filled in; a missing key is a programming error. */
    public String get(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message for key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }

    Set<String> keys() {
        return messages.stringPropertyNames();
    }
}
