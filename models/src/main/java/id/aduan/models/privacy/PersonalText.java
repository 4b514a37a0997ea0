package id.aduan.models.privacy;

import java.util.regex.Pattern;

/**
 * Personal data that can be told apart inside free text: a NIK (16 digits), an Indonesian mobile number, or a name
 * introduced as "nama saya ...". Used by the bot to warn before an anonymous report is sent and by the erasure of a
 * citizen's data to mask what it cannot delete.
 */
public final class PersonalText {

    private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+62|62|0)8\\d(?:[ .-]?\\d){6,11}(?!\\d)");
    private static final Pattern NAME = Pattern.compile(
            "(?i)\\b(nama saya|saya bernama|nama sy|namaku|atas nama)\\s+(?-i:\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3})");

    private PersonalText() {
    }

    /** Whether the text seems to contain a NIK, a phone number or a full name. */
    public static boolean foundIn(String text) {
        return text != null && (NIK.matcher(text).find() || PHONE.matcher(text).find() || NAME.matcher(text).find());
    }

    /** The text with every NIK, phone number and introduced name replaced by a marker; null stays null. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String out = NIK.matcher(text).replaceAll("[NIK disamarkan]");
        out = PHONE.matcher(out).replaceAll("[nomor HP disamarkan]");
        return NAME.matcher(out).replaceAll("$1 [nama disamarkan]");
    }
}
