package id.aduan.bot.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises messages about an emergency happening now (fire, accident, crime in progress, violence, a medical
 * emergency): those need 112, not a complaint that is verified within 3 working days.
 */
final class Emergency {

    private static final Pattern DANGER = Pattern.compile("\\b(kebakaran|terbakar|api besar|kecelakaan|tabrakan"
            + "|ditabrak|perampokan|dirampok|begal|dibegal|penjambretan|dijambret|pembunuhan|dibunuh|ditusuk|dibacok"
            + "|penusukan|tawuran|penganiayaan|dianiaya|dipukuli|kdrt|pemerkosaan|diperkosa|penculikan|diculik"
            + "|pingsan|sesak napas|sesak nafas|serangan jantung|kejang|tenggelam|pendarahan|gantung diri"
            + "|bunuh diri|mau melahirkan|tidak sadarkan diri)\\b");
    private static final Pattern PAST = Pattern.compile("\\b(kemarin|kmrn|lalu|yang lalu|dulu|bekas|sisa|pasca"
            + "|setelah|sehabis|korban .* butuh bantuan|bantuan korban|santunan)\\b");

    private Emergency() {
    }

    static boolean isHappeningNow(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return DANGER.matcher(t).find() && !PAST.matcher(t).find();
    }
}
