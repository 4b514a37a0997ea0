package id.aduan.bot.conversation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when something happened from how Indonesians say it in chat: "kemarin", "tadi pagi", "3 hari lalu",
 * "sejak minggu lalu", "12 Nov", "12/11/2026". Only the past (and today) is a valid incident time.
 */
public final class IncidentTime {

    /** What a phrase means: a day, a day in the future (not allowed), a date that does not exist, or nothing. */
    public sealed interface Reading {
    }

    /** A recognised day on or before today. */
    public record Day(LocalDate date) implements Reading {
    }

    /** A recognised day after today. */
    public record Future(LocalDate date) implements Reading {
    }

    /** A date written like one that does not exist in the calendar, such as "31/02". */
    public record Invalid(String phrase) implements Reading {
    }

    /** No time expression found. */
    public record Unrecognised() implements Reading {
    }

    /** A time expression found in a message: the words as the citizen wrote them, and what they mean. */
    record Mention(String phrase, Reading reading) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SINCE = "(?:(?:sejak|dari|mulai|sekitar|kira-kira)\\s+)?";
    private static final String AMOUNT = "(\\d{1,3}|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
            + "|beberapa)";
    private static final String UNIT = "(hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn|days?|weeks?|months?|years?)";
    private static final String PART_OF_DAY = "(?:\\s+(?:pagi|siang|sore|malam|subuh|dini hari))?";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("se", 1), Map.entry("satu", 1),
            Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5),
            Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9),
            Map.entry("sepuluh", 10), Map.entry("beberapa", 3));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("nop", 11), Map.entry("des", 12), Map.entry("dec", 12));

    /** 12/11/2026, 12-11-26, 12/11; the same separator twice. Dots only with a year: "10.30" is a time of day. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.:-])(\\d{1,2})(?:(/|-)(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?|\\.(\\d{1,2})\\.(\\d{4}|\\d{2}))"
                    + "(?![\\d/:]|[.-]\\d|\\s*(?:hari|hr|minggu|bulan|tahun|jam|menit|kali|orang|meter|km|cm|kg)\\b)");
    /** Words after which a number pair is an address or a clock time, not a date: "RT 03/05", "jam 10.30". */
    private static final Pattern NOT_A_DATE_BEFORE = Pattern.compile(
            "(?:\\b(?:rt|rw|no|nomor|nmr|jam|pukul|pkl|km|blok|kav|kavling|gg|gang|lt|lantai)\\.?|/)\\s*$", FLAGS);
    /** Full month names are spelled out so that "5 desa" or "10 sepeda" are not dates. */
    private static final Pattern NAMED = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(jan(?:uari|uary)?|feb(?:ruari|ruary)?"
            + "|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|agu(?:stus)?|agt|ags|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?)"
            + "(?![\\p{L}])\\.?(?:\\s+(\\d{4})(?!\\d))?", FLAGS);
    private static final Pattern AGO = Pattern.compile("\\b" + SINCE + AMOUNT + "\\s*" + UNIT
            + "\\s+(?:yang\\s+|yg\\s+)?(?:lalu|yll|kemarin|kemaren|kmrn|ago)\\b", FLAGS);
    /** "sudah 5 hari", "selama seminggu": it has been going on for that long. */
    private static final Pattern FOR = Pattern.compile("\\b(?:sudah|sdh|udah|dah|selama|sejak|hampir|for)\\s+"
            + AMOUNT + "\\s*" + UNIT + "\\b(?!\\s+(?:lagi|ke depan|depan|mendatang))", FLAGS);
    private static final Pattern LAST = Pattern.compile("\\b" + SINCE
            + "(minggu|pekan|bulan|tahun)\\s+(?:lalu|kemarin|kemaren|kmrn)\\b|\\blast\\s+(week|month|year)\\b", FLAGS);
    private static final Pattern DAY_BEFORE_YESTERDAY = Pattern.compile("\\b" + SINCE
            + "(?:kemarin|kemaren|kmrn)\\s+lusa\\b", FLAGS);
    private static final Pattern YESTERDAY = Pattern.compile("\\b" + SINCE
            + "(?:kemarin|kemaren|kmrn|kmarin|semalam|yesterday)\\b" + PART_OF_DAY, FLAGS);
    private static final Pattern TODAY = Pattern.compile("\\b" + SINCE
            + "(?:hari ini|tadi|td|barusan|baru saja|pagi ini|siang ini|sore ini|malam ini|today|this morning)\\b"
            + PART_OF_DAY, FLAGS);
    /**
     * "hari Jumat", "Sabtu kemarin", "hari minggu lalu" (Sunday needs "hari": "minggu lalu" is last week); not the
     * habit in "tiap Jumat" or "sholat Jumat".
     */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?<!tiap |sholat |salat |shalat |solat )" + SINCE
            + "(?:(?:hari\\s+)(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
            + "|(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad))\\b"
            + "(\\s+(?:lalu|kemarin|kemaren|kmrn))?" + PART_OF_DAY, FLAGS);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("senin", DayOfWeek.MONDAY, "selasa",
            DayOfWeek.TUESDAY, "rabu", DayOfWeek.WEDNESDAY, "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY,
            "jum'at", DayOfWeek.FRIDAY, "sabtu", DayOfWeek.SATURDAY, "minggu", DayOfWeek.SUNDAY, "ahad",
            DayOfWeek.SUNDAY);
    private static final Pattern AHEAD = Pattern.compile(
            "\\b(besok|besuk|lusa|tomorrow|minggu depan|pekan depan|bulan depan|tahun depan)\\b", FLAGS);

    private IncidentTime() {
    }

    /** What the first time expression in a text means, relative to today. */
    public static Reading read(String text, LocalDate today) {
        return find(text, today).map(Mention::reading).orElse(new Unrecognised());
    }

    /** The first time expression in a text, with the words that express it. */
    static Optional<Mention> find(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\s+", " ");
        List<Found> found = new ArrayList<>();
        numeric(t, today).ifPresent(found::add);
        first(NAMED, t, today, m -> named(m, today)).ifPresent(found::add);
        first(AGO, t, today, m -> Optional.of(minus(today, m.group(2), amount(m.group(1))))).ifPresent(found::add);
        first(FOR, t, today, m -> Optional.of(minus(today, m.group(2), amount(m.group(1))))).ifPresent(found::add);
        first(LAST, t, today, m -> Optional.of(minus(today, m.group(1) != null ? m.group(1) : m.group(2), 1)))
                .ifPresent(found::add);
        first(DAY_BEFORE_YESTERDAY, t, today, m -> Optional.of(today.minusDays(2))).ifPresent(found::add);
        first(YESTERDAY, t, today, m -> Optional.of(today.minusDays(1))).ifPresent(found::add);
        first(TODAY, t, today, m -> Optional.of(today)).ifPresent(found::add);
        first(WEEKDAY, t, today, m -> Optional.of(weekday(today, m))).ifPresent(found::add);
        first(AHEAD, t, today, m -> Optional.of(ahead(today, m.group(1).toLowerCase(Locale.ROOT))))
                .ifPresent(found::add);
        // The earliest expression wins ("sejak minggu lalu, kemarin makin parah" started last week); at the same
        // place the longer one ("kemarin lusa" over "kemarin").
        return found.stream().min(Comparator.comparingInt(Found::start).thenComparing(f -> -f.phrase().length()))
                .map(f -> new Mention(f.phrase(), f.reading()));
    }

    private record Found(int start, String phrase, Reading reading) {
    }

    private static Optional<Found> first(Pattern pattern, String t, LocalDate today,
                                         Function<Matcher, Optional<LocalDate>> meaning) {
        Matcher m = pattern.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String phrase = m.group().strip();
        return Optional.of(new Found(m.start(), phrase,
                meaning.apply(m).<Reading>map(d -> when(d, today)).orElse(new Invalid(phrase))));
    }

    private static Optional<Found> numeric(String t, LocalDate today) {
        Matcher m = NUMERIC.matcher(t);
        while (m.find()) {
            if (NOT_A_DATE_BEFORE.matcher(t.substring(0, m.start())).find()) {
                continue;
            }
            boolean dotted = m.group(5) != null;
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(dotted ? m.group(5) : m.group(3));
            String yearText = dotted ? m.group(6) : m.group(4);
            if (day < 1 || day > 31 || month < 1 || month > 12) {
                continue; // not a date at all: "45/12", a fraction, a score
            }
            String phrase = m.group();
            Optional<LocalDate> date = yearText == null ? lastOccurrence(today, month, day)
                    : date(year(yearText), month, day);
            return Optional.of(new Found(m.start(), phrase,
                    date.<Reading>map(d -> when(d, today)).orElse(new Invalid(phrase))));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(Matcher m, LocalDate today) {
        int day = Integer.parseInt(m.group(1));
        int month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        return m.group(3) == null ? lastOccurrence(today, month, day) : date(Integer.parseInt(m.group(3)), month, day);
    }

    /**
     * A day and month said without a year mean the last time that date came: "12 Des" said in January means last
     * December. 29 February without a year means the last leap day.
     */
    private static Optional<LocalDate> lastOccurrence(LocalDate today, int month, int day) {
        for (int year = today.getYear(); year > today.getYear() - 8; year--) {
            Optional<LocalDate> d = date(year, month, day);
            if (d.isPresent() && !d.get().isAfter(today)) {
                return d;
            }
            if (d.isEmpty() && !(month == 2 && day == 29)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Reading when(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? new Future(day) : new Day(day);
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        return year < 100 ? year + 2000 : year;
    }

    private static int amount(String n) {
        String key = n.toLowerCase(Locale.ROOT);
        return NUMBERS.containsKey(key) ? NUMBERS.get(key) : Integer.parseInt(key);
    }

    /** The last such weekday on or before today; with "lalu" or "kemarin" the one before that if it is today. */
    private static LocalDate weekday(LocalDate today, Matcher m) {
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(name)));
        return m.group(3) != null && day.equals(today) ? day.minusWeeks(1) : day;
    }

    private static LocalDate ahead(LocalDate today, String word) {
        return switch (word) {
            case "lusa" -> today.plusDays(2);
            case "minggu depan", "pekan depan" -> today.plusWeeks(1);
            case "bulan depan" -> today.plusMonths(1);
            case "tahun depan" -> today.plusYears(1);
            default -> today.plusDays(1);
        };
    }

    private static LocalDate minus(LocalDate today, String unit, int amount) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "minggu", "mgg", "pekan", "week", "weeks" -> today.minusWeeks(amount);
            case "bulan", "bln", "month", "months" -> today.minusMonths(amount);
            case "tahun", "thn", "year", "years" -> today.minusYears(amount);
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
