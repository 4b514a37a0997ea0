package id.aduan.models.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dates written the Indonesian way for citizens' messages, e.g. "Jumat, 27 November 2026".
 *
 * <p>The names are written out here rather than taken from the JDK's locale data, whose Indonesian names differ
 * between JDK versions and CLDR releases.
 */
public final class IndonesianDates {

    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    /** The day name, the day of the month, the month name and the year: "Jumat, 27 November 2026". */
    public static String format(LocalDate date) {
        return dayName(date.getDayOfWeek()) + ", " + date.getDayOfMonth() + " " + monthName(date.getMonth()) + " "
                + date.getYear();
    }

    /** "Senin" to "Minggu". */
    public static String dayName(DayOfWeek day) {
        return DAYS[day.getValue() - 1];
    }

    /** "Januari" to "Desember". */
    public static String monthName(Month month) {
        return MONTHS[month.getValue() - 1];
    }
}
