package id.aduan.admin.similar;

import java.util.Arrays;
import java.util.Optional;

/** How the officers' list is sorted: newest first (the default), oldest first, or the nearest deadline first. */
public enum ListOrder {
    NEWEST("newest"), OLDEST("oldest"), DEADLINE("deadline");

    private final String code;

    ListOrder(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ListOrder> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
