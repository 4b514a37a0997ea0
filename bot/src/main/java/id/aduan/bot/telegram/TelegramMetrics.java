package id.aduan.bot.telegram;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Telegram adapter's meters (Micrometer, scraped at {@code /actuator/prometheus}): updates received, duplicates
 * dropped, sends by outcome, 429 answers; and the time of the last successful poll, which the health check shows.
 * Every meter is registered up front, so a scrape shows it at 0 before the first event.
 */
public class TelegramMetrics {

    /** How a Bot API call ended: sent; retried (one more try after a 429, 5xx or timeout); failed; blocked. */
    enum Outcome {
        SENT, RETRIED, FAILED, BLOCKED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Counter received;
    private final Counter duplicates;
    private final Counter rateLimited;
    private final Map<Outcome, Counter> sends = new java.util.EnumMap<>(Outcome.class);
    private volatile Instant lastPoll;
    private volatile Instant lastUpdate;

    public TelegramMetrics(MeterRegistry registry) {
        received = Counter.builder("aduan.telegram.updates.received")
                .description("Updates received from Telegram (polled or by webhook), repeats included")
                .register(registry);
        duplicates = Counter.builder("aduan.telegram.updates.duplicates")
                .description("Updates dropped because their update_id was seen before").register(registry);
        rateLimited = Counter.builder("aduan.telegram.rate.limited")
                .description("429 Too Many Requests answers from the Bot API").register(registry);
        for (Outcome outcome : Outcome.values()) {
            sends.put(outcome, Counter.builder("aduan.telegram.sends").tag("outcome", outcome.tag())
                    .description("Bot API calls by outcome: sent, retried, failed, blocked").register(registry));
        }
    }

    void received() {
        received.increment();
        lastUpdate = Instant.now();
    }

    void duplicate() {
        duplicates.increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void sent(Outcome outcome) {
        sends.get(outcome).increment();
    }

    void polled(Instant at) {
        lastPoll = at;
    }

    public long updatesReceived() {
        return (long) received.count();
    }

    public long duplicatesDropped() {
        return (long) duplicates.count();
    }

    public long rateLimitedResponses() {
        return (long) rateLimited.count();
    }

    /** Sends by outcome: sent, retried, failed, blocked. */
    public Map<String, Long> sendsByOutcome() {
        Map<String, Long> copy = new TreeMap<>();
        sends.forEach((k, v) -> copy.put(k.tag(), (long) v.count()));
        return copy;
    }

    /** When the last getUpdates succeeded (with or without updates), or null before the first. */
    public Instant lastSuccessfulPoll() {
        return lastPoll;
    }

    /** When the last update was received (polled or by webhook), or null before the first. */
    public Instant lastUpdateReceived() {
        return lastUpdate;
    }
}
