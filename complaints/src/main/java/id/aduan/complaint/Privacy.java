package id.aduan.complaint;

/** How much of a report may be seen: SP4N-LAPOR!'s biasa, anonim (identity hidden) and rahasia (not public). */
public enum Privacy {
    BIASA("biasa", "Biasa"),
    ANONIM("anonim", "Anonim (identitas disembunyikan)"),
    RAHASIA("rahasia", "Rahasia (isi tidak dipublikasikan)");

    private final String code;
    private final String displayName;

    Privacy(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
