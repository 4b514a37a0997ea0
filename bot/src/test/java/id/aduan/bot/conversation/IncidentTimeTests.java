package id.aduan.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.aduan.bot.conversation.IncidentTime.Day;
import id.aduan.bot.conversation.IncidentTime.Future;

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
        assertThat(IncidentTime.read("jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh",
                TODAY)).isEqualTo(new Day(LocalDate.of(2026, 11, 16)));
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
}
