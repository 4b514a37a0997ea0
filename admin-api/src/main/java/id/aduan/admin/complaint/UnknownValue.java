package id.aduan.admin.complaint;

/** A request names a status, category or agency that does not exist; answered as a 400 naming the field. */
public class UnknownValue extends RuntimeException {

    private final String field;

    public UnknownValue(String field, String value) {
        super("unknown " + field + ": " + value);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
