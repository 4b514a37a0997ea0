package id.aduan.admin.account;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do: an admin sees every agency and manages accounts; an officer works for its agencies. */
public enum Role {
    ADMIN("admin"),
    OFFICER("officer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
