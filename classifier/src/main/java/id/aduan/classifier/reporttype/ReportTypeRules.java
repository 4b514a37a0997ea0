package id.aduan.classifier.reporttype;

import java.util.List;
import java.util.regex.Pattern;

import id.aduan.models.taxonomy.ReportType;

/**
 * Infers the SP4N-LAPOR! report type from normalised text with keyword rules: a request for information
 * ("apakah", "bagaimana cara", "mohon info"), an aspiration ("usul", "saran", "sebaiknya"), otherwise a complaint.
 *
 * <p>A complaint cue (something broken, late or refused) outweighs a question form, because citizens often ask
 * "kapan jalan ini diperbaiki?" when they complain. Immutable and thread-safe.
 */
public final class ReportTypeRules {

    private static final List<Pattern> INFORMATION = patterns(
            "\\bapakah\\b", "\\bbagaimana (?:cara|caranya|prosedur|prosedurnya|mekanisme|proses|alur)\\b",
            "\\b(?:mohon|minta|butuh|perlu) (?:info|informasi|penjelasan|kejelasan)\\b",
            "\\b(?:ingin|mau|hendak) (?:bertanya|menanyakan|tanya|tahu|mengetahui)\\b", "\\bbertanya\\b",
            "\\bmenanyakan\\b", "\\bsyarat(?:nya)?\\b", "\\bpersyaratan\\b", "\\bberapa (?:biaya|lama|tarif)\\b",
            "\\bdimana (?:bisa|tempat|saya bisa)\\b", "\\binfo dong\\b", "\\bnumpang tanya\\b");
    private static final List<Pattern> ASPIRATION = patterns(
            "\\busul(?:an|kan)?\\b", "\\bmengusulkan\\b", "\\bsaran(?:nya)?\\b", "\\bmenyarankan\\b",
            "\\bsebaiknya\\b", "\\balangkah baiknya\\b", "\\bseharusnya (?:ada|dibangun|dibuat|disediakan)\\b",
            "\\bmohon (?:dibangun|dibuatkan|disediakan|diadakan|ditambah|ditambahkan)\\b", "\\baspirasi\\b",
            "\\bharapan (?:kami|saya)\\b", "\\bberharap (?:ada|agar dibangun|pemerintah)\\b");
    private static final List<Pattern> COMPLAINT = patterns(
            "\\brusak\\b", "\\bberlubang\\b", "\\bmati\\b", "\\bmacet\\b", "\\bbanjir\\b", "\\bbau\\b",
            "\\bpungli\\b", "\\bpungutan\\b", "\\bditolak\\b", "\\blambat\\b", "\\blama sekali\\b",
            "\\btidak (?:ada|pernah|bisa|jalan|berfungsi|menyala|mengalir|diangkut|ditanggapi|dilayani|keluar|cair)\\b",
            "\\bbelum (?:juga|ada|diperbaiki|diangkut|cair|keluar|selesai|ditanggapi)\\b", "\\bmenumpuk\\b",
            "\\bkecewa\\b", "\\bresah\\b", "\\bmengeluh\\b", "\\bkeluhan\\b", "\\bdiminta (?:uang|bayar|biaya)\\b",
            "\\bmohon (?:ditindak|ditindaklanjuti|diperbaiki|ditertibkan|diangkut|dibersihkan)\\b", "\\bterbengkalai\\b");

    /** The report type of already normalised text. */
    public ReportType infer(String normalised) {
        int information = count(INFORMATION, normalised);
        int aspiration = count(ASPIRATION, normalised);
        int complaint = count(COMPLAINT, normalised);
        if (aspiration > 0 && aspiration >= information && aspiration >= complaint) {
            return ReportType.ASPIRASI;
        }
        if (information > 0 && information > complaint) {
            return ReportType.PERMINTAAN_INFORMASI;
        }
        return ReportType.PENGADUAN;
    }

    private static int count(List<Pattern> patterns, String text) {
        int n = 0;
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
