package id.aduan.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Issues random opaque bearer tokens and resolves them. Only the SHA-256 of a token is stored, so a copy of the
 * {@code api_tokens} collection does not let anyone in.
 */
@Component
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoOperations mongo;
    private final Clock clock;
    private final Duration lifetime;

    public ApiTokens(MongoOperations mongo, Clock clock, SecuritySettings settings) {
        this.mongo = mongo;
        this.clock = clock;
        this.lifetime = settings.tokenLifetime();
    }

    /** A token and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(String username) {
        return issue(username, lifetime);
    }

    /** Issues a token valid for the given time (tests use a negative one for an already expired token). */
    public Issued issue(String username, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken stored = mongo.insert(new ApiToken(hash(token), username, now, now.plus(validFor)));
        return new Issued(token, stored.expiresAt());
    }

    /** The owner of a valid, unexpired token. */
    Optional<String> owner(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken found = mongo.findById(hash(token), ApiToken.class);
        if (found == null) {
            return Optional.empty();
        }
        if (!found.expiresAt().isAfter(clock.instant())) {
            mongo.remove(new Query(where("_id").is(found.hash())), ApiToken.class);
            return Optional.empty();
        }
        return Optional.of(found.username());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
