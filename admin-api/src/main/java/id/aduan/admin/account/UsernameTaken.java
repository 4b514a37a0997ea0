package id.aduan.admin.account;

/** An account with this username already exists. */
public class UsernameTaken extends RuntimeException {

    public UsernameTaken(String username) {
        super("an account named '" + username + "' already exists");
    }
}
