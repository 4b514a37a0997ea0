package id.aduan.models.taxonomy;

import java.util.regex.Pattern;

/** Validation shared by the stable lowercase codes of the taxonomy ("jalan-jembatan"). */
final class Code {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Code() {
    }

    static String check(String kind, String value) {
        if (value == null || value.length() > 64 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be lowercase words joined by '-', got: " + value);
        }
        return value;
    }
}
