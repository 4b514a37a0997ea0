package id.aduan.models.deadline;

import java.util.Arrays;
import java.util.Optional;

/** Why a weekday is not a working day; codes are the values of the {@code kind} column of a calendar file. */
public enum HolidayKind {
    LIBUR_NASIONAL("libur-nasional"),
    CUTI_BERSAMA("cuti-bersama"),
    LIBUR_DAERAH("libur-daerah");

    private final String code;

    HolidayKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<HolidayKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
