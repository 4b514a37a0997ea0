package id.aduan.bot.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram Bot API access ({@code ADUAN_TELEGRAM_TOKEN}, {@code ADUAN_TELEGRAM_API_URL}) and its send limits.
 * Without a token the bot does not poll Telegram and the local chat page stands in for it. The poll timeout is
 * kept within 30-50 s. Photos are kept in {@code mediaDir} ({@code ADUAN_DATA_DIR/media/telegram}).
 *
 * <p>{@code mode} is how updates arrive: {@code polling} (default: one instance long-polls, elected by the
 * {@code lease}) or {@code webhook} (Telegram POSTs them to {@code webhook.url}, which must reach
 * {@link TelegramWebhook#PATH} of any instance, with {@code webhook.secret} in a header).
 */
@ConfigurationProperties("aduan.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
                               @DefaultValue("30s") Duration pollTimeout, @DefaultValue("60s") Duration maxRetryDelay,
                               @DefaultValue("25") int messagesPerSecond, @DefaultValue("3") int chatBurst,
                               @DefaultValue("20") int groupMessagesPerMinute, @DefaultValue("3") int sendRetries,
                               @DefaultValue("20s") Duration sendTimeout,
                               @DefaultValue("data/media/telegram") Path mediaDir,
                               @DefaultValue("polling") Mode mode, @DefaultValue Webhook webhook,
                               @DefaultValue Lease lease) {

    /** How updates arrive. */
    public enum Mode { POLLING, WEBHOOK }

    /**
     * The public HTTPS URL Telegram POSTs updates to ({@code ADUAN_TELEGRAM_WEBHOOK_URL}) and the secret it sends
     * back in {@code X-Telegram-Bot-Api-Secret-Token} ({@code ADUAN_TELEGRAM_WEBHOOK_SECRET}: 1-256 characters
     * A-Z, a-z, 0-9, _ and -).
     */
    public record Webhook(URI url, String secret) {
    }

    /**
     * The lease that elects the one instance which long-polls and handles the inbox: held for {@code ttl}, renewed
     * every {@code renewEvery}; an instance that stops renewing loses it after {@code ttl}.
     */
    public record Lease(@DefaultValue("30s") Duration ttl, @DefaultValue("10s") Duration renewEvery) {

        public Lease {
            if (renewEvery.compareTo(ttl) >= 0) {
                throw new IllegalArgumentException("aduan.telegram.lease.renew-every must be shorter than its ttl");
            }
        }
    }

    public TelegramSettings {
        if (pollTimeout.compareTo(Duration.ofSeconds(30)) < 0 || pollTimeout.compareTo(Duration.ofSeconds(50)) > 0) {
            throw new IllegalArgumentException("aduan.telegram.poll-timeout must be between 30s and 50s");
        }
        if (mode == Mode.WEBHOOK && token != null && !token.isBlank()) {
            if (webhook.url() == null) {
                throw new IllegalArgumentException("aduan.telegram.mode=webhook needs ADUAN_TELEGRAM_WEBHOOK_URL "
                        + "(aduan.telegram.webhook.url), the public HTTPS address of " + TelegramWebhook.PATH);
            }
            if (webhook.secret() == null || !webhook.secret().matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException("aduan.telegram.mode=webhook needs ADUAN_TELEGRAM_WEBHOOK_SECRET "
                        + "(aduan.telegram.webhook.secret): 1-256 characters A-Z, a-z, 0-9, _ and -");
            }
        }
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
