package id.aduan.bot.conversation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises messages about an emergency happening now (fire, accident, crime in progress, violence, a medical
 * emergency): those need 112, not a complaint that is verified within 3 working days.
 */
final class Emergency {

    private static final Pattern DANGER = Pattern.compile("\\b(kebakaran|terbakar|api besar|kobaran api|kecelakaan"
            + "|tabrakan|ditabrak|tertabrak|terlindas|perampokan|dirampok|rampok|begal|dibegal|penjambretan|dijambret"
            + "|jambret|penodongan|ditodong|maling|pembunuhan|dibunuh|ditusuk|dibacok|penusukan|tawuran|perkelahian"
            + "|pengeroyokan|dikeroyok|penganiayaan|dianiaya|dipukuli|kdrt|pemerkosaan|diperkosa|penculikan|diculik"
            + "|pingsan|tidak sadarkan diri|tak sadarkan diri|sesak napas|sesak nafas|serangan jantung|kejang"
            + "|tenggelam|pendarahan|perdarahan|berdarah|overdosis|keracunan|gantung diri|bunuh diri"
            + "|mau melahirkan|akan melahirkan|sekarat)\\b");
    /** Words that say the event is over: the citizen reports what is left of it, or asks for help afterwards. */
    private static final Pattern OVER = Pattern.compile("\\b(yang lalu|yg lalu|beberapa waktu lalu|dahulu|bekas"
            + "|sisa|pasca|sehabis|korban .* butuh bantuan|(belum|tidak|tak) (dapat|mendapat|menerima|ada) bantuan"
            + "|bantuan (untuk |bagi )?korban|santunan|sudah padam|sudah dipadamkan|sudah ditangani|sudah dibawa ke)"
            + "\\b");
    /**
     * Words that, shortly before the danger word, make it a risk or a habit rather than an event now: "rawan begal",
     * "sering terjadi kecelakaan", "hampir tertabrak", "tidak ada kebakaran".
     */
    private static final Set<String> HEDGES = Set.of("rawan", "sering", "seringkali", "kerap", "hampir", "nyaris",
            "potensi", "berpotensi", "bisa", "dapat", "risiko", "resiko", "mencegah", "cegah", "takut", "khawatir",
            "kuatir", "rentan", "banyak", "menyebabkan", "mengakibatkan", "membahayakan", "bahaya", "tidak", "bukan",
            "tanpa", "jangan", "pernah", "takutnya", "nanti", "kali", "beberapa");

    private Emergency() {
    }

    /** Whether the text reports an emergency happening now, judged on the day it is said. */
    static boolean isHappeningNow(String text, LocalDate today) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (OVER.matcher(t).find() || IncidentTime.read(text, today) instanceof IncidentTime.Day day
                && day.date().isBefore(today)) {
            return false;
        }
        Matcher m = DANGER.matcher(t);
        while (m.find()) {
            if (!hedged(t.substring(0, m.start()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hedged(String before) {
        List<String> words = Arrays.asList(before.replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+"));
        return words.subList(Math.max(0, words.size() - 3), words.size()).stream().anyMatch(HEDGES::contains);
    }
}
