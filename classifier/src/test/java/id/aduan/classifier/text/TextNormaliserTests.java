package id.aduan.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTests {

    private final TextNormaliser normaliser = TextNormaliser.standard();

    @Test
    void lowercasesAndCollapsesWhitespace() {
        assertThat(normaliser.normalise("  Jalan   RUSAK\n\tparah ")).isEqualTo("jalan rusak parah");
    }

    @Test
    void mapsSlangAndAbbreviationsToStandardWords() {
        assertThat(normaliser.normalise("jln dkt rmh sy gk diperbaiki2 udh lama"))
                .isEqualTo("jalan dekat rumah saya tidak diperbaiki diperbaiki sudah lama");
    }

    @Test
    void collapsesRepeatedLetters() {
        assertThat(normaliser.normalise("tolonggg pakkk, baunyaaa parahhh")).isEqualTo("tolong pak, baunya parah");
    }

    @Test
    void keepsDoubleLettersOfRealWords() {
        assertThat(normaliser.normalise("maaf saat ini")).isEqualTo("maaf saat ini");
    }

    @Test
    void expandsReduplicationWrittenWithTwo() {
        assertThat(normaliser.normalise("anak2 main di jalan2")).isEqualTo("anak anak main di jalan jalan");
    }

    @Test
    void masksPhoneNumbersNikUrlsAndEmails() {
        String text = "hubungi 0812-3456-7890 atau +6281234567890, NIK 3201234567890001, "
                + "lihat https://contoh.go.id/a?b=1 email budi.s@contoh.com";
        assertThat(normaliser.normalise(text))
                .doesNotContain("3456", "3201234567890001", "contoh", "budi")
                .contains(TextNormaliser.PHONE_TOKEN, TextNormaliser.NIK_TOKEN, TextNormaliser.URL_TOKEN,
                        TextNormaliser.EMAIL_TOKEN);
    }

    @Test
    void masksOtherNumbers() {
        assertThat(normaliser.normalise("RT 05 sejak 2 minggu")).isEqualTo("rt xangkax sejak xangkax minggu");
    }

    @Test
    void masksNumbersAlreadyMaskedByLapor() {
        assertThat(normaliser.normalise("telp [***123] ya")).isEqualTo("telp xtelpx ya");
    }

    @Test
    void returnsEmptyForBlankOrNull() {
        assertThat(normaliser.normalise(null)).isEmpty();
        assertThat(normaliser.normalise("   ")).isEmpty();
    }
}
