package id.aduan.models.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

class IndonesianDatesTests {

    @Test
    void writesDayNameDayMonthNameAndYear() {
        // 23 November 2026 is a Monday, so 27 November 2026 is a Friday and 28 November 2026 a Saturday.
        assertThat(IndonesianDates.format(LocalDate.of(2026, 11, 27))).isEqualTo("Jumat, 27 November 2026");
        assertThat(IndonesianDates.format(LocalDate.of(2026, 11, 28))).isEqualTo("Sabtu, 28 November 2026");
    }

    @Test
    void writesSingleDigitDaysWithoutALeadingZero() {
        // 1 January 2027 is a Friday (25 December 2026 is a Friday, one week earlier); 3 January is the Sunday after.
        assertThat(IndonesianDates.format(LocalDate.of(2027, 1, 3))).isEqualTo("Minggu, 3 Januari 2027");
        // 17 August 2026 is a Monday (the SKB 3 Menteri lists it as Senin).
        assertThat(IndonesianDates.format(LocalDate.of(2026, 8, 17))).isEqualTo("Senin, 17 Agustus 2026");
    }

    @Test
    void namesEveryDayAndMonthInIndonesian() {
        assertThat(DayOfWeek.values()).extracting(IndonesianDates::dayName)
                .containsExactly("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
        assertThat(Month.values()).extracting(IndonesianDates::monthName)
                .containsExactly("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                        "September", "Oktober", "November", "Desember");
    }
}
