package id.aduan.admin.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created when the account store is empty: {@code ADUAN_ADMIN_USERNAME} and
 * {@code ADUAN_ADMIN_PASSWORD}. There is no default password.
 */
@ConfigurationProperties("aduan.admin")
public record AdminSettings(String username, String password) {
}
