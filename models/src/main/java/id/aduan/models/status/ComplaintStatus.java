package id.aduan.models.status;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a complaint is in its life. Codes are stable (stored and sent over the API); names are what citizens read.
 * Which move is allowed from which status is decided here and enforced by the complaint itself.
 */
public enum ComplaintStatus {
    BARU("baru", "Baru diterima", true),
    TERVERIFIKASI("terverifikasi", "Sudah diverifikasi", true),
    DIDISPOSISIKAN("didisposisikan", "Diteruskan ke instansi", true),
    DITINDAKLANJUTI("ditindaklanjuti", "Sedang ditindaklanjuti", true),
    DITUNDA("ditunda", "Menunggu informasi dari Anda", true),
    BUKAN_WEWENANG("bukan-wewenang", "Dialihkan ke instansi lain", true),
    SELESAI("selesai", "Selesai", false),
    DIARSIPKAN("diarsipkan", "Diarsipkan", false);

    private final String code;
    private final String displayName;
    private final boolean open;

    ComplaintStatus(String code, String displayName, boolean open) {
        this.code = code;
        this.displayName = displayName;
        this.open = open;
    }

    public String code() {
        return code;
    }

    /** The Indonesian name shown to citizens and officers. */
    public String displayName() {
        return displayName;
    }

    /** Whether the complaint still waits for someone to act on it. */
    public boolean isOpen() {
        return open;
    }

    /** The statuses a complaint may move to from this one. */
    public Set<ComplaintStatus> next() {
        return switch (this) {
            case BARU -> EnumSet.of(TERVERIFIKASI, DITUNDA, DIARSIPKAN);
            case TERVERIFIKASI -> EnumSet.of(DIDISPOSISIKAN, DITUNDA, DIARSIPKAN);
            case DIDISPOSISIKAN -> EnumSet.of(DITINDAKLANJUTI, BUKAN_WEWENANG, DITUNDA);
            case DITINDAKLANJUTI -> EnumSet.of(SELESAI, DITUNDA);
            case DITUNDA -> EnumSet.of(BARU, TERVERIFIKASI, DIDISPOSISIKAN, DITINDAKLANJUTI, DIARSIPKAN);
            case BUKAN_WEWENANG -> EnumSet.of(DIDISPOSISIKAN, DIARSIPKAN);
            case SELESAI -> EnumSet.of(DIDISPOSISIKAN);
            case DIARSIPKAN -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }

    public boolean canMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }

    public static Optional<ComplaintStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code)).findFirst();
    }
}
