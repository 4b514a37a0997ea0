package id.aduan.bot.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How status notifications are delivered: how often the outbox is read, how many per round, the longest wait
 * between retries, how long to keep trying before a notification is marked failed for the admins, and to how
 * many chats at once (each chat's notifications one at a time, in order; the pacing gate sets the overall rate).
 */
@ConfigurationProperties("aduan.notifications")
public record NotificationSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("50") int batchSize,
                                   @DefaultValue("1h") Duration maxBackoff, @DefaultValue("24h") Duration giveUpAfter,
                                   @DefaultValue("8") int concurrency) {

    public NotificationSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("aduan.notifications.concurrency must be at least 1");
        }
    }
}
