package id.aduan.admin.triage;

/** A request names a category or agency the taxonomy does not know. */
public class UnknownCode extends RuntimeException {

    private final String field;

    public UnknownCode(String field, String code) {
        super("unknown " + field + " code: " + code);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
