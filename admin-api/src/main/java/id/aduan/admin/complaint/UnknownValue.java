package id.aduan.admin.complaint;

/** A list filter names a value that does not exist (e.g. an unknown status code). */
public class UnknownFilterValue extends RuntimeException {

    private final String field;

    public UnknownFilterValue(String field, String value) {
        super("unknown " + field + ": " + value);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
