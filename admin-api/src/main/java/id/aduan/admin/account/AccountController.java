package id.aduan.admin.account;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.audit.AuditLog;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.Taxonomy;

/** Account management for admins (the security configuration keeps officers out): create, list, disable. */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,31}";
    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Taxonomy taxonomy;
    private final AuditLog audit;
    private final Clock clock;

    AccountController(AccountRepository accounts, PasswordEncoder encoder, Taxonomy taxonomy, AuditLog audit,
                      Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@Valid @RequestBody CreateAccount body, Principal admin) {
        Role role = Role.fromCode(body.role()).orElseThrow(() -> new InvalidAccount("role", "unknown role: " + body.role()));
        Set<String> agencies = new TreeSet<>(body.agencies() == null ? List.of() : body.agencies());
        for (String agency : agencies) {
            if (!taxonomy.knows(AgencyCode.of(agency))) {
                throw new InvalidAccount("agencies", "unknown agency: " + agency);
            }
        }
        if (role == Role.OFFICER && agencies.isEmpty()) {
            throw new InvalidAccount("agencies", "an officer needs at least one agency");
        }
        if (accounts.findByUsername(body.username()).isPresent()) {
            throw new UsernameTaken(body.username());
        }
        Account saved;
        try {
            saved = accounts.insert(Account.create(body.username(), encoder.encode(body.password()), role, agencies,
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new UsernameTaken(body.username());
        }
        audit.record(admin.getName(), "account.create", saved.username(), Map.of(),
                Map.of("role", role.code(), "agencies", String.join(",", saved.agencies())), null);
        return AccountView.of(saved);
    }

    @GetMapping
    List<AccountView> list() {
        return accounts.findAll(Sort.by("username")).stream().map(AccountView::of).toList();
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username, Principal admin) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new AccountNotFound(username));
        if (account.username().equals(admin.getName())) {
            throw new InvalidAccount("username", "you cannot disable your own account");
        }
        boolean was = account.enabled();
        account.disable();
        Account saved = accounts.save(account);
        audit.record(admin.getName(), "account.disable", username, Map.of("enabled", Boolean.toString(was)),
                Map.of("enabled", "false"), null);
        return AccountView.of(saved);
    }

    /** A new account: only these fields can be set (no id, hash or enabled flag from the client). */
    record CreateAccount(@NotBlank @Pattern(regexp = USERNAME) String username,
                         @NotNull @Size(min = 12, max = 128) String password,
                         @NotBlank @Pattern(regexp = "admin|officer") String role,
                         @Size(max = 20) List<@NotBlank @Pattern(regexp = CODE) @Size(max = 64) String> agencies) {
    }

    /** An account as admins see it: never the hash. */
    record AccountView(String username, String role, Set<String> agencies, boolean enabled, Instant createdAt) {

        static AccountView of(Account a) {
            return new AccountView(a.username(), a.role().code(), a.agencies(), a.enabled(), a.createdAt());
        }
    }
}
