package id.aduan.models.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTests {

    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    @TempDir
    Path dir;

    @Test
    void weekdaysWithoutHolidaysAreWorkingDays() {
        // 23-27 November 2026 is Monday to Friday (23 November 2026 is a Monday) with no holiday.
        for (int day = 23; day <= 27; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, day))).as("November %d", day).isTrue();
        }
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
    }

    @Test
    void nationalHolidaysAndCutiBersamaAreNotWorkingDays() {
        // Thursday 19 March 2026: Nyepi (libur nasional); Wednesday 18 March 2026: cuti bersama Nyepi.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 19))).get()
                .extracting(Holiday::kind, Holiday::name)
                .containsExactly(HolidayKind.LIBUR_NASIONAL, "Hari Suci Nyepi (Tahun Baru Saka 1948)");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 18))).isFalse();
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 18))).get()
                .extracting(Holiday::kind).isEqualTo(HolidayKind.CUTI_BERSAMA);
        // Thursday 24 December 2026: cuti bersama Natal.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        // Tuesday 17 March 2026, the day before the Nyepi and Idul Fitri break, is an ordinary working day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17))).isTrue();
    }

    @Test
    void addingWorkingDaysSkipsTheIdulFitri2026Break() {
        // Tuesday 17 March 2026 + 1 working day: 18 (cuti Nyepi), 19 (Nyepi), 20 (cuti Idul Fitri), 21-22 (weekend,
        // Idul Fitri), 23-24 (cuti Idul Fitri) are all off, so the next working day is Wednesday 25 March.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void addingZeroWorkingDaysKeepsTheDate() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void refusesNegativeWorkingDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 11, 23), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        // After Friday 13 March 2026 up to Tuesday 31 March 2026: 16, 17 (2), 18-24 off, 25, 26, 27 (5), 30, 31 (7).
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 31))).isEqualTo(7);
        // Across the year end: after Wednesday 23 December 2026: 24 and 25 off, 28, 29, 30, 31, 1 January 2027 off
        // (Tahun Baru), 4 January -> 5 working days.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4))).isEqualTo(5);
    }

    @Test
    void countsNoWorkingDaysBetweenADateAndItselfAndNegativeBackwards() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
        // Monday 23 to Friday 27 November 2026 is 4 working days after the Monday; backwards it is -4.
        assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 11, 27))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), monday)).isEqualTo(-4);
    }

    @Test
    void workingDaysBetweenUndoesAddingWorkingDays() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        for (int days = 0; days <= 30; days++) {
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
        }
    }

    @Test
    void shipsTheFixedNationalHolidaysOfEveryCoveredYear() {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(calendar.covers(year)).isTrue();
            for (LocalDate fixed : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 1),
                    LocalDate.of(year, 8, 17), LocalDate.of(year, 12, 25))) {
                assertThat(calendar.holiday(fixed)).as("%s", fixed).get()
                        .extracting(Holiday::kind).isEqualTo(HolidayKind.LIBUR_NASIONAL);
            }
        }
        assertThat(calendar.covers(2028)).isFalse();
    }

    @Test
    void shipsTheOfficialCountsOfHolidaysFor2025And2026() {
        // SKB 3 Menteri: 2025 has 17 libur nasional and 10 cuti bersama plus 18 August; 2026 has 17 and 8.
        assertThat(count(2025, HolidayKind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(count(2025, HolidayKind.CUTI_BERSAMA)).isEqualTo(11);
        assertThat(count(2026, HolidayKind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(count(2026, HolidayKind.CUTI_BERSAMA)).isEqualTo(8);
    }

    @Test
    void shipsGoodFridayAndAscensionFromEaster2027() {
        // Easter Sunday 2027 is 28 March: Good Friday 26 March, Ascension (Easter + 39 days) Thursday 6 May.
        assertThat(calendar.holiday(LocalDate.of(2027, 3, 26))).get().extracting(Holiday::name)
                .isEqualTo("Wafat Yesus Kristus");
        assertThat(calendar.holiday(LocalDate.of(2027, 5, 6))).get().extracting(Holiday::name)
                .isEqualTo("Kenaikan Yesus Kristus");
    }

    @Test
    void treatsYearsOutsideTheFileAsWeekendsOnly() {
        // 1 January 2029 is a Monday; the shipped file stops at 2027, so only weekends are off that year.
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 1))).isTrue();
    }

    @Test
    void loadsADeploymentsOwnFileInsteadOfTheShippedOne() throws IOException {
        Path file = write("own.csv", """
                # a deployment's own list
                date,kind,name
                2026-11-25,libur-nasional,Hari Contoh
                """);
        WorkingCalendar own = WorkingCalendar.load(file);

        assertThat(own.isWorkingDay(LocalDate.of(2026, 11, 25))).isFalse();
        // Christmas 2026 is not in this file, so Friday 25 December 2026 is a working day here.
        assertThat(own.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
    }

    @Test
    void addsRegionalHolidaysToTheNationalOnes() throws IOException {
        Path file = write("daerah.csv", """
                date,kind,name
                2026-11-26,libur-daerah,"Hari Jadi Kabupaten Contoh, ke-100"
                """);
        WorkingCalendar regional = calendar.withHolidaysFrom(file);

        assertThat(regional.holiday(LocalDate.of(2026, 11, 26))).get()
                .extracting(Holiday::kind, Holiday::name)
                .containsExactly(HolidayKind.LIBUR_DAERAH, "Hari Jadi Kabupaten Contoh, ke-100");
        assertThat(regional.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        // Monday 23 November 2026 + 3 working days: 24, 25, (26 off), 27 -> Friday instead of Thursday.
        assertThat(regional.addWorkingDays(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).as("the national calendar is unchanged")
                .isTrue();
    }

    @Test
    void namesTheFileAndLineOfAnImpossibleDate() throws IOException {
        Path file = write("holidays.csv", """
                # comment on line 1
                date,kind,name

                2026-02-30,libur-nasional,Tanggal Salah
                """);

        assertThatThrownBy(() -> WorkingCalendar.load(file))
                .isInstanceOf(InvalidCalendarFile.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 4")
                .hasMessageContaining("2026-02-30")
                .satisfies(e -> assertThat(((InvalidCalendarFile) e).line()).isEqualTo(4));
    }

    @Test
    void namesTheLineOfAnUnknownKind() throws IOException {
        Path file = write("holidays.csv", "date,kind,name\n2026-11-25,libur,Hari Contoh");

        assertThatThrownBy(() -> WorkingCalendar.load(file))
                .isInstanceOf(InvalidCalendarFile.class)
                .hasMessageContaining(file + " line 2: unknown kind libur");
    }

    @Test
    void namesTheLineOfAMissingField() throws IOException {
        Path file = write("holidays.csv", "date,kind,name\n2026-11-24,cuti-bersama,Cuti\n2026-11-25,cuti-bersama\n");

        assertThatThrownBy(() -> WorkingCalendar.load(file))
                .isInstanceOf(InvalidCalendarFile.class)
                .hasMessageContaining(file + " line 3: expected 3 fields");
    }

    @Test
    void refusesAFileWithoutTheHeader() throws IOException {
        Path file = write("holidays.csv", "2026-11-25,libur-nasional,Hari Contoh\n");

        assertThatThrownBy(() -> WorkingCalendar.load(file))
                .isInstanceOf(InvalidCalendarFile.class)
                .hasMessageContaining(file + " line 1: expected the header date,kind,name");
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> WorkingCalendar.load(missing))
                .isInstanceOf(InvalidCalendarFile.class)
                .hasMessageContaining(missing.toString());
    }

    private long count(int year, HolidayKind kind) {
        return calendar.holidays().stream().filter(h -> h.date().getYear() == year && h.kind() == kind).count();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
