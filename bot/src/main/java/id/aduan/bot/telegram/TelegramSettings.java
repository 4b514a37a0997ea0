package id.aduan.bot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram Bot API access ({@code ADUAN_TELEGRAM_TOKEN}, {@code ADUAN_TELEGRAM_API_URL}). Without a token the bot
 * does not poll Telegram and the local chat page stands in for it.
 */
@ConfigurationProperties("aduan.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
                               @DefaultValue("30s") Duration pollTimeout, @DefaultValue("60s") Duration maxRetryDelay) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
