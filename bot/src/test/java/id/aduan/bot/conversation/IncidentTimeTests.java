package id.aduan.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.aduan.bot.conversation.IncidentTime.Day;
import id.aduan.bot.conversation.IncidentTime.Future;
import id.aduan.bot.conversation.IncidentTime.Invalid;
import id.aduan.bot.conversation.IncidentTime.Mention;
import id.aduan.bot.conversation.IncidentTime.Unrecognised;

class IncidentTimeTests {

    /** Monday 23 November 2026 in Jakarta. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kemarin                               | 2026-11-22
            kemarin sore                          | 2026-11-22
            tadi pagi                             | 2026-11-23
            hari ini                              | 2026-11-23
            3 hari lalu                           | 2026-11-20
            tiga hari yang lalu                   | 2026-11-20
            seminggu yang lalu                    | 2026-11-16
            2 minggu lalu                         | 2026-11-09
            sejak minggu lalu                     | 2026-11-16
            bulan lalu                            | 2026-10-23
            kemarin lusa                          | 2026-11-21
            12 Nov                                | 2026-11-12
            12 november 2026                      | 2026-11-12
            12/11/2026                            | 2026-11-12
            12-11-2026                            | 2026-11-12
            1/10                                  | 2026-10-01
            """)
    void readsIndonesianTimePhrasesAsPastDays(String phrase, LocalDate expected) {
        assertThat(IncidentTime.read(phrase, TODAY)).isEqualTo(new Day(expected));
    }

    @Test
    void findsTheTimeInsideALongerMessage() {
        assertThat(IncidentTime.read(
                "jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh", TODAY))
                .isEqualTo(new Day(LocalDate.of(2026, 11, 16)));
    }

    @Test
    void readsADecemberDateSaidInJanuaryAsLastDecember() {
        LocalDate january = LocalDate.of(2027, 1, 5);

        assertThat(IncidentTime.read("12 Des", january)).isEqualTo(new Day(LocalDate.of(2026, 12, 12)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            besok          | 2026-11-24
            lusa           | 2026-11-25
            12/12/2026     | 2026-12-12
            1 Jan 2027     | 2027-01-01
            """)
    void marksFutureDaysAsFuture(String phrase, LocalDate expected) {
        assertThat(IncidentTime.read(phrase, TODAY)).isEqualTo(new Future(expected));
    }

    @Test
    void readsTodayItselfAsAValidDay() {
        assertThat(IncidentTime.read("23/11/2026", TODAY)).isEqualTo(new Day(TODAY));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sudah 5 hari                          | 2026-11-18
            mati sudah seminggu                   | 2026-11-16
            selama 2 bulan                        | 2026-09-23
            12/11/26                              | 2026-11-12
            12.11.2026                            | 2026-11-12
            tadi jam 10.30                        | 2026-11-23
            yesterday                             | 2026-11-22
            3 days ago                            | 2026-11-20
            since last week                       | 2026-11-16
            hari Jumat                            | 2026-11-20
            Sabtu kemarin                         | 2026-11-21
            hari minggu lalu                      | 2026-11-22
            senin pagi                            | 2026-11-23
            senin lalu                            | 2026-11-16
            """)
    void readsMoreWaysOfSayingWhen(String phrase, LocalDate expected) {
        assertThat(IncidentTime.read(phrase, TODAY)).isEqualTo(new Day(expected));
    }

    @Test
    void readsADayAndMonthWithoutYearAsTheLastTimeThatDateCame() {
        assertThat(IncidentTime.read("12/12", TODAY)).isEqualTo(new Day(LocalDate.of(2025, 12, 12)));
        assertThat(IncidentTime.read("29/02", TODAY)).isEqualTo(new Day(LocalDate.of(2024, 2, 29)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02", "31/02/2026", "30 Feb", "31/11/2026", "29/02/2026"})
    void marksDatesThatDoNotExistAsInvalid(String phrase) {
        assertThat(IncidentTime.read(phrase, TODAY)).isEqualTo(new Invalid(phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {"saluran tersumbat di RT 03/05", "Jl. Merdeka No. 10/12", "sekitar jam 10.12",
            "jalan rusak di 5 desa", "sudah 10 sepeda motor jatuh", "2 marka jalan hilang", "rusak 1-2 hari",
            "lampu jalan mati", "waktu magrib", "macet setiap sholat Jumat", "pasar tumpah tiap Sabtu", ""})
    void findsNoDateInAddressesClockTimesAndOrdinaryWords(String text) {
        assertThat(IncidentTime.read(text, TODAY)).isEqualTo(new Unrecognised());
    }

    @Test
    void keepsTheWordsThatSayWhen() {
        assertThat(IncidentTime.find(
                "jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh", TODAY))
                .contains(new Mention("sejak minggu lalu", new Day(LocalDate.of(2026, 11, 16))));
        assertThat(IncidentTime.find("Kemarin sore lampu di Gang Melati padam", TODAY))
                .contains(new Mention("Kemarin sore", new Day(LocalDate.of(2026, 11, 22))));
    }

    @Test
    void takesTheFirstTimeMentioned() {
        assertThat(IncidentTime.read("sejak 2 minggu lalu, kemarin makin parah", TODAY))
                .isEqualTo(new Day(LocalDate.of(2026, 11, 9)));
    }

    @Test
    void readsTheDayBeforeYesterdayRatherThanTheDayAfterTomorrow() {
        assertThat(IncidentTime.read("kemarin lusa", TODAY)).isEqualTo(new Day(LocalDate.of(2026, 11, 21)));
    }

    @Test
    void marksNextWeekAsFuture() {
        assertThat(IncidentTime.read("minggu depan", TODAY)).isEqualTo(new Future(LocalDate.of(2026, 11, 30)));
    }
}
