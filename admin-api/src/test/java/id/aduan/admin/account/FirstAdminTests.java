package id.aduan.admin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.admin.audit.AuditEntry;
import id.aduan.admin.audit.AuditLog;

/** The first admin comes from the settings, only into an empty store, and never with a default password. */
@DataMongoTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    static final MongoServer SERVER = new MongoServer(new MemoryBackend());

    static {
        SERVER.bind("127.0.0.1", 0);
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + SERVER.getLocalAddress().getPort() + "/accounts");
    }

    @AfterAll
    static void stop() {
        SERVER.shutdownNow();
    }

    @Autowired
    AccountRepository accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;
    final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @BeforeEach
    void emptyStore() {
        accounts.deleteAll();
        mongo.remove(new Query(), AuditEntry.class);
    }

    FirstAdmin firstAdmin(String username, String password) {
        return new FirstAdmin(accounts, encoder, new AdminSettings(username, password), new AuditLog(mongo, clock),
                clock);
    }

    @Test
    void createsTheFirstAdminFromTheSettingsWithABcryptHash() {
        assertThat(firstAdmin("kepala", "rahasia-sekali-123").ensure()).isTrue();

        Account admin = accounts.findByUsername("kepala").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain("rahasia-sekali-123");
        assertThat(encoder.matches("rahasia-sekali-123", admin.passwordHash())).isTrue();
        assertThat(mongo.findAll(AuditEntry.class)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("account.create"));
    }

    @Test
    void isNotCreatedAgainNorOverwrittenOnTheNextStart() {
        firstAdmin("kepala", "rahasia-sekali-123").ensure();

        assertThat(firstAdmin("kepala", "kata-sandi-baru-456").ensure()).isFalse();
        assertThat(firstAdmin("lainnya", "kata-sandi-baru-456").ensure()).isFalse();

        assertThat(accounts.count()).isEqualTo(1);
        assertThat(encoder.matches("rahasia-sekali-123", accounts.findByUsername("kepala").orElseThrow()
                .passwordHash())).isTrue();
    }

    @Test
    void withoutSettingsNoAccountIsCreatedAndTheLogSaysHowToSetThem(CapturedOutput output) {
        assertThat(firstAdmin(null, null).ensure()).isFalse();
        assertThat(firstAdmin("kepala", "").ensure()).isFalse();

        assertThat(accounts.count()).isZero();
        assertThat(output).contains("ADUAN_ADMIN_USERNAME").contains("ADUAN_ADMIN_PASSWORD");
    }

    @Test
    void refusesAShortPassword(CapturedOutput output) {
        assertThat(firstAdmin("kepala", "pendek").ensure()).isFalse();

        assertThat(accounts.count()).isZero();
        assertThat(output).contains("shorter than 12 characters");
    }
}
