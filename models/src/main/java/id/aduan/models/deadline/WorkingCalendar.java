package id.aduan.models.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Indonesian working days: Monday to Friday except the holidays of a calendar file, counted in Asia/Jakarta.
 *
 * <p>Instances are immutable and safe to share between threads. Days in years the file does not list are treated
 * as ordinary (only weekends are off); check {@link #covers(int)} to warn before the shipped file runs out.
 */
public final class WorkingCalendar {

    /** The time zone of every date Aduan computes: Western Indonesian Time (WIB). */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    static final String SHIPPED = "/aduan/calendar/holidays.csv";
    private static final List<String> HEADER = List.of("date", "kind", "name");
    private static final CSVFormat ROW = CSVFormat.DEFAULT.builder().setTrim(true).get();

    private final Map<LocalDate, Holiday> holidays;

    private WorkingCalendar(Map<LocalDate, Holiday> holidays) {
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
    }

    /** The national calendar shipped with Aduan (2025 and 2026 official, 2027 partly provisional). */
    public static WorkingCalendar indonesia() {
        return Shipped.CALENDAR;
    }

    /** A calendar read from a deployment's own file instead of the shipped one. */
    public static WorkingCalendar load(Path file) {
        return new WorkingCalendar(read(file));
    }

    /** This calendar plus the days of another file, e.g. a province's or kabupaten's regional holidays. */
    public WorkingCalendar withHolidaysFrom(Path file) {
        Map<LocalDate, Holiday> merged = new TreeMap<>(holidays);
        read(file).forEach(merged::putIfAbsent);
        return new WorkingCalendar(merged);
    }

    /** The Jakarta date on which an instant falls. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, JAKARTA);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The holiday listed for a date (weekend holidays included), if any. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The listed holidays in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(holidays.values());
    }

    /** Whether the calendar lists any holiday in {@code year}; if not, that year only knows weekends. */
    public boolean covers(int year) {
        return years().contains(year);
    }

    private Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        holidays.keySet().forEach(d -> years.add(d.getYear()));
        return years;
    }

    /**
     * The {@code days}-th working day after {@code start}; {@code start} itself never counts, whether it is a
     * working day or not. With 0 days, {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private static Map<LocalDate, Holiday> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCalendarFile(file.toString(), 0, "no such file", null);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new InvalidCalendarFile(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    static Map<LocalDate, Holiday> parse(BufferedReader reader, String file) throws IOException {
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        boolean headerSeen = false;
        long lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a byte-order mark left by spreadsheet programs
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line, file, lineNumber);
            if (!headerSeen) {
                if (!fields.equals(HEADER)) {
                    throw new InvalidCalendarFile(file, lineNumber,
                            "expected the header date,kind,name but found: " + line, null);
                }
                headerSeen = true;
                continue;
            }
            Holiday holiday = holiday(fields, file, lineNumber);
            // Two holidays may share a day (e.g. a regional day on a national one); the first listed names it.
            holidays.putIfAbsent(holiday.date(), holiday);
        }
        if (!headerSeen) {
            throw new InvalidCalendarFile(file, 0, "empty file, expected the header date,kind,name", null);
        }
        return holidays;
    }

    private static List<String> fields(String line, String file, long lineNumber) {
        try {
            List<CSVRecord> records = ROW.parse(new StringReader(line)).getRecords();
            List<String> fields = new ArrayList<>();
            records.getFirst().forEach(fields::add);
            return fields;
        } catch (IOException | RuntimeException e) {
            throw new InvalidCalendarFile(file, lineNumber, "not a CSV line: " + line, e);
        }
    }

    private static Holiday holiday(List<String> fields, String file, long lineNumber) {
        if (fields.size() != HEADER.size()) {
            throw new InvalidCalendarFile(file, lineNumber,
                    "expected 3 fields (date,kind,name) but found " + fields.size() + ": " + String.join(",", fields),
                    null);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0));
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarFile(file, lineNumber,
                    "not a date (expected YYYY-MM-DD): " + fields.get(0), e);
        }
        HolidayKind kind = HolidayKind.fromCode(fields.get(1)).orElseThrow(() -> new InvalidCalendarFile(file,
                lineNumber, "unknown kind " + fields.get(1) + " (expected libur-nasional, cuti-bersama or libur-daerah)",
                null));
        if (fields.get(2).isBlank()) {
            throw new InvalidCalendarFile(file, lineNumber, "the holiday on " + date + " has no name", null);
        }
        return new Holiday(date, kind, fields.get(2));
    }

    private static final class Shipped {
        static final WorkingCalendar CALENDAR = loadShipped();

        private static WorkingCalendar loadShipped() {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new InvalidCalendarFile("classpath:" + SHIPPED, 0, "missing shipped calendar", null);
                }
                return new WorkingCalendar(parse(
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "classpath:" + SHIPPED));
            } catch (IOException e) {
                throw new InvalidCalendarFile("classpath:" + SHIPPED, 0, "cannot read: " + e.getMessage(), e);
            }
        }
    }
}
