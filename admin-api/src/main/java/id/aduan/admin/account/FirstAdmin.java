package id.aduan.admin.account;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import id.aduan.admin.audit.AuditLog;

/**
 * Creates the first admin from the settings when there is no account at all. It runs before the web server opens
 * (not on ApplicationReadyEvent), so there is no moment when the API answers but the admin does not exist yet.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AdminSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, AdminSettings settings, AuditLog audit,
               Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensure();
    }

    /** Creates the admin if the store is empty and the settings name one; returns whether it did. */
    boolean ensure() {
        if (accounts.count() > 0) {
            return false;
        }
        if (blank(settings.username()) || blank(settings.password())) {
            log.warn("No accounts exist and no first admin is configured, so nobody can use /api. Set "
                    + "ADUAN_ADMIN_USERNAME and ADUAN_ADMIN_PASSWORD (at least 12 characters) and restart.");
            return false;
        }
        if (settings.password().length() < 12) {
            log.warn("ADUAN_ADMIN_PASSWORD is shorter than 12 characters; the first admin was not created.");
            return false;
        }
        try {
            accounts.insert(Account.create(settings.username().strip(), encoder.encode(settings.password()),
                    Role.ADMIN, Set.of(), clock.instant()));
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return false;
        }
        audit.record("system", "account.create", settings.username().strip(), Map.of(),
                Map.of("role", Role.ADMIN.code()), "first admin from ADUAN_ADMIN_USERNAME");
        log.info("Created the first admin account '{}' from ADUAN_ADMIN_USERNAME", settings.username().strip());
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
