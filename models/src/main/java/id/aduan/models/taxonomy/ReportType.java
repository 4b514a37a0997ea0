package id.aduan.models.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of report SP4N-LAPOR! distinguishes. */
public enum ReportType {
    PENGADUAN("pengaduan", "Pengaduan"),
    ASPIRASI("aspirasi", "Aspirasi"),
    PERMINTAAN_INFORMASI("permintaan-informasi", "Permintaan informasi");

    private final String code;
    private final String displayName;

    ReportType(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<ReportType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code)).findFirst();
    }
}
