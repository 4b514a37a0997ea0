package id.aduan.bot.conversation;

import id.aduan.models.privacy.PersonalText;

/**
 * Finds personal data in a report that should stay hidden when the citizen chose anonim or rahasia: a NIK (16
 * digits), a mobile number, or a name introduced as "nama saya ...". It can mask them.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Whether the text seems to contain a NIK, a phone number or a full name. */
    static boolean foundIn(String text) {
        return PersonalText.foundIn(text);
    }

    /** The text with every NIK, phone number and introduced name replaced by a marker. */
    public static String masked(String text) {
        return PersonalText.masked(text);
    }
}
