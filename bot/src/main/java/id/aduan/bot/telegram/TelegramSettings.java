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
 */
@ConfigurationProperties("aduan.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
                               @DefaultValue("30s") Duration pollTimeout, @DefaultValue("60s") Duration maxRetryDelay,
                               @DefaultValue("25") int messagesPerSecond, @DefaultValue("3") int chatBurst,
                               @DefaultValue("20") int groupMessagesPerMinute, @DefaultValue("3") int sendRetries,
                               @DefaultValue("20s") Duration sendTimeout,
                               @DefaultValue("data/media/telegram") Path mediaDir) {

    public TelegramSettings {
        if (pollTimeout.compareTo(Duration.ofSeconds(30)) < 0 || pollTimeout.compareTo(Duration.ofSeconds(50)) > 0) {
            throw new IllegalArgumentException("aduan.telegram.poll-timeout must be between 30s and 50s");
        }
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
