package id.aduan.admin.account;

/** No account has this username. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String username) {
        super("no account named '" + username + "'");
    }
}
