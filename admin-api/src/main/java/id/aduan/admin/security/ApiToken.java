package id.aduan.admin.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An issued bearer token, stored only as the SHA-256 of the token (the id), with its owner and expiry. */
@Document("api_tokens")
record ApiToken(@Id String hash, String username, Instant issuedAt, Instant expiresAt) {
}
