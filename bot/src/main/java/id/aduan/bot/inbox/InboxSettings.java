package id.aduan.bot.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the inbox is worked off: how many chats are handled at once, how often the store is re-read when nothing
 * signals new work, how often a failing entry is tried, and how long handled update ids are kept for
 * deduplication (Telegram keeps an update for 24 hours; keep ids at least twice as long).
 */
@ConfigurationProperties("aduan.inbox")
public record InboxSettings(@DefaultValue("16") int workers, @DefaultValue("1s") Duration pollInterval,
                            @DefaultValue("5") int maxAttempts, @DefaultValue("72h") Duration retention,
                            @DefaultValue("500") int batchSize) {

    public InboxSettings {
        if (retention.compareTo(Duration.ofHours(48)) < 0) {
            throw new IllegalArgumentException("aduan.inbox.retention must be at least 48h to deduplicate updates");
        }
    }
}
