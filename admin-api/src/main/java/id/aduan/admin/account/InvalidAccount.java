package id.aduan.admin.account;

/** A request about an account that its shape allows but the rules do not; names the field. */
public class InvalidAccount extends RuntimeException {

    private final String field;

    public InvalidAccount(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
