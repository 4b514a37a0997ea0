package id.aduan.classifier.reporttype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.aduan.classifier.text.TextNormaliser;
import id.aduan.models.taxonomy.ReportType;

class ReportTypeRulesTests {

    private final ReportTypeRules rules = new ReportTypeRules();

    private ReportType infer(String text) {
        return rules.infer(TextNormaliser.standard().normalise(text));
    }

    @Test
    void questionsAboutProceduresAreRequestsForInformation() {
        assertThat(infer("Bagaimana cara mengurus akta kelahiran yang hilang?")).isEqualTo(ReportType.PERMINTAAN_INFORMASI);
        assertThat(infer("mohon info syarat bikin KTP baru")).isEqualTo(ReportType.PERMINTAAN_INFORMASI);
        assertThat(infer("Apakah puskesmas buka hari minggu?")).isEqualTo(ReportType.PERMINTAAN_INFORMASI);
    }

    @Test
    void suggestionsAreAspirations() {
        assertThat(infer("Saya usul dibangun taman bermain di lapangan desa")).isEqualTo(ReportType.ASPIRASI);
        assertThat(infer("sebaiknya jam layanan kantor kelurahan ditambah sampai sore")).isEqualTo(ReportType.ASPIRASI);
    }

    @Test
    void problemsAreComplaintsEvenWhenAskedAsQuestions() {
        assertThat(infer("Jalan berlubang di depan sekolah, kapan diperbaiki?")).isEqualTo(ReportType.PENGADUAN);
        assertThat(infer("apakah wajar air pdam tidak mengalir sudah seminggu?")).isEqualTo(ReportType.PENGADUAN);
        assertThat(infer("sampah menumpuk di pasar")).isEqualTo(ReportType.PENGADUAN);
    }
}
