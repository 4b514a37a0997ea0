package id.aduan.bot.conversation;

import java.util.regex.Pattern;

/**
 * Finds personal data in a report that should stay hidden when the citizen chose anonim or rahasia: a NIK (16
 * digits), a mobile number, or a name introduced as "nama saya ...". It can mask them.
 */
public final class PersonalData {

    private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+62|62|0)8\\d(?:[ .-]?\\d){6,11}(?!\\d)");
    private static final Pattern NAME = Pattern.compile(
            "(?i)\\b(nama saya|saya bernama|nama sy|namaku|atas nama)\\s+(?-i:\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3})");

    private PersonalData() {
    }

    /** Whether the text seems to contain a NIK, a phone number or a full name. */
    static boolean foundIn(String text) {
        return text != null && (NIK.matcher(text).find() || PHONE.matcher(text).find() || NAME.matcher(text).find());
    }

    /** The text with every NIK, phone number and introduced name replaced by a marker. */
    public static String masked(String text) {
        String out = NIK.matcher(text).replaceAll("[NIK disamarkan]");
        out = PHONE.matcher(out).replaceAll("[nomor HP disamarkan]");
        return NAME.matcher(out).replaceAll("$1 [nama disamarkan]");
    }
}
