package id.aduan.admin.account;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who uses the admin API: a unique username, a bcrypt hash (never the password), a role and agencies. */
@Document("accounts")
public class Account {

    @Id
    private String id;
    @Indexed(unique = true)
    private final String username;
    private final String passwordHash;
    private final Role role;
    private final Set<String> agencies;
    private boolean enabled;
    private final Instant createdAt;
    @Version
    private Long version;

    Account(String username, String passwordHash, Role role, Set<String> agencies, boolean enabled,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    static Account create(String username, String passwordHash, Role role, Set<String> agencies, Instant at) {
        return new Account(username, passwordHash, role, role == Role.ADMIN ? Set.of() : agencies, true, at);
    }

    void disable() {
        enabled = false;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    /** The agency codes an officer works for (empty for admins, who see every agency). */
    public Set<String> agencies() {
        return agencies;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
