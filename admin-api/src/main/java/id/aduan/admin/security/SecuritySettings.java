package id.aduan.admin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an issued bearer token is valid: {@code ADUAN_SECURITY_TOKEN_LIFETIME} (default 8 hours). */
@ConfigurationProperties("aduan.security")
public record SecuritySettings(@DefaultValue("8h") Duration tokenLifetime) {
}
