package id.aduan.bot.conversation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when something happened from how Indonesians say it in chat: "kemarin", "tadi pagi", "3 hari lalu",
 * "sejak minggu lalu", "12 Nov", "12/11/2026". Only the past (and today) is a valid incident time.
 */
public final class IncidentTime {

    /** What a phrase means: a day, a day in the future (not allowed), or nothing recognisable. */
    public sealed interface Reading {
    }

    /** A recognised day on or before today. */
    public record Day(LocalDate date) implements Reading {
    }

    /** A recognised day after today. */
    public record Future(LocalDate date) implements Reading {
    }

    /** No time expression found. */
    public record Unrecognised() implements Reading {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("se", 1), Map.entry("satu", 1),
            Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5),
            Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9),
            Map.entry("sepuluh", 10), Map.entry("beberapa", 3));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("des", 12), Map.entry("dec", 12));

    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2,4}))?\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(\\d{1,2})\\s+(jan|feb|mar|apr|mei|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\\.?(?:\\s+(\\d{4}))?\\b");
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\\s*"
                    + "(hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn)\\s*(yang\\s+|yg\\s+)?(lalu|yll|kemarin|kmrn)\\b");
    private static final Pattern LAST = Pattern.compile("\\b(minggu|pekan|bulan|tahun)\\s+(lalu|kemarin|kmrn)\\b");

    private IncidentTime() {
    }

    public static Reading read(String text, LocalDate today) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        Optional<LocalDate> day = numeric(t, today).or(() -> named(t, today)).or(() -> ago(t, today))
                .or(() -> relative(t, today));
        return day.<Reading>map(d -> d.isAfter(today) ? new Future(d) : new Day(d)).orElse(new Unrecognised());
    }

    private static Optional<LocalDate> numeric(String t, LocalDate today) {
        Matcher m = NUMERIC.matcher(t);
        while (m.find()) {
            int year = m.group(3) == null ? today.getYear() : Integer.parseInt(m.group(3));
            if (year < 100) {
                year += 2000;
            }
            Optional<LocalDate> d = date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(String t, LocalDate today) {
        Matcher m = NAMED.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = m.group(3) == null ? today.getYear() : Integer.parseInt(m.group(3));
        Optional<LocalDate> d = date(year, MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
        // "12 Des" said in January means last December.
        if (m.group(3) == null && d.isPresent() && d.get().isAfter(today)) {
            return d.map(x -> x.minusYears(1));
        }
        return d;
    }

    private static Optional<LocalDate> ago(String t, LocalDate today) {
        Matcher m = AGO.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int amount = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        return Optional.of(minus(today, m.group(2), amount));
    }

    private static Optional<LocalDate> relative(String t, LocalDate today) {
        if (t.contains("kemarin lusa") || t.contains("kmrn lusa")) {
            return Optional.of(today.minusDays(2));
        }
        if (t.matches(".*\\b(kemarin|kemaren|kmrn|kmarin|semalam)\\b.*")) {
            return Optional.of(today.minusDays(1));
        }
        if (t.matches(".*\\b(hari ini|tadi|barusan|baru saja|td pagi|pagi ini|siang ini|sore ini|malam ini)\\b.*")) {
            return Optional.of(today);
        }
        Matcher m = LAST.matcher(t);
        if (m.find()) {
            return Optional.of(minus(today, m.group(1), 1));
        }
        if (t.matches(".*\\b(besok|lusa)\\b.*")) {
            return Optional.of(today.plusDays(t.contains("lusa") ? 2 : 1));
        }
        return Optional.empty();
    }

    private static LocalDate minus(LocalDate today, String unit, int amount) {
        return switch (unit) {
            case "minggu", "mgg", "pekan" -> today.minusWeeks(amount);
            case "bulan", "bln" -> today.minusMonths(amount);
            case "tahun", "thn" -> today.minusYears(amount);
            default -> today.minusDays(amount);
        };
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
