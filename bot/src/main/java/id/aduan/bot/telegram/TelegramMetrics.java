package id.aduan.bot.telegram;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the Telegram adapter: updates received, duplicates dropped, sends by outcome, 429s, and the time of
 * the last successful poll. Plain counters so the bot module needs no metrics library; the app can publish them.
 */
public class TelegramMetrics {

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final Map<String, AtomicLong> sends = new ConcurrentHashMap<>();
    private volatile Instant lastPoll;

    void received() {
        received.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void rateLimited() {
        rateLimited.incrementAndGet();
    }

    void sent(String outcome) {
        sends.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    void polled(Instant at) {
        lastPoll = at;
    }

    public long updatesReceived() {
        return received.get();
    }

    public long duplicatesDropped() {
        return duplicates.get();
    }

    public long rateLimitedResponses() {
        return rateLimited.get();
    }

    /** Sends by outcome: ok, blocked, rejected, transient, uncertain, rate-limited. */
    public Map<String, Long> sendsByOutcome() {
        Map<String, Long> copy = new TreeMap<>();
        sends.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** When updates were last received from a successful poll, or null before the first. */
    public Instant lastSuccessfulPoll() {
        return lastPoll;
    }
}
