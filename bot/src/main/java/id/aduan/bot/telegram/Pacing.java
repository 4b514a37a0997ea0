package id.aduan.bot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Telegram's send limits as a gate that each send passes: at most {@code perSecond} messages in any one-second
 * window overall (a sliding log, so no window can hold more, wherever it starts), about one message a second per
 * private chat after a small burst (a token bucket), and at most {@code perGroupMinute} a minute per group (chat
 * ids below zero). A 429 pauses every send until Telegram's retry_after has passed. Pure arithmetic on the instants
 * it is given, so it is tested with a fake clock.
 */
final class Pacing {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_TRACKED_CHATS = 10_000;

    private final int perSecond;
    private final int chatBurst;
    private final int perGroupMinute;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Map<Long, ChatBucket> chats = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ChatBucket> eldest) {
            return size() > MAX_TRACKED_CHATS;
        }
    };
    private Instant pausedUntil = Instant.MIN;

    Pacing(int perSecond, int chatBurst, int perGroupMinute) {
        this.perSecond = perSecond;
        this.chatBurst = chatBurst;
        this.perGroupMinute = perGroupMinute;
    }

    /**
     * Takes a slot for one message to {@code chatId} at {@code now} if every limit allows it and returns zero;
     * otherwise takes nothing and returns how long to wait before asking again.
     */
    synchronized Duration tryAcquire(long chatId, Instant now) {
        Duration wait = Duration.ZERO;
        if (now.isBefore(pausedUntil)) {
            wait = Duration.between(now, pausedUntil);
        }
        while (!recent.isEmpty() && !recent.peekFirst().plus(SECOND).isAfter(now)) {
            recent.pollFirst();
        }
        if (recent.size() >= perSecond) {
            wait = max(wait, Duration.between(now, recent.peekFirst().plus(SECOND)));
        }
        ChatBucket bucket = chats.computeIfAbsent(chatId, id -> new ChatBucket(id < 0, now));
        wait = max(wait, bucket.waitAt(now));
        if (!wait.isZero()) {
            return wait;
        }
        recent.addLast(now);
        bucket.take(now);
        return Duration.ZERO;
    }

    /** Telegram answered 429: nothing is sent before {@code until}. */
    synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** How long a 429 still holds every send back. */
    synchronized Duration pausedFor(Instant now) {
        return now.isBefore(pausedUntil) ? Duration.between(now, pausedUntil) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One chat's allowance: a token bucket for private chats, a one-minute sliding log for groups. */
    private final class ChatBucket {
        private final boolean group;
        private final Deque<Instant> sent = new ArrayDeque<>();
        private static final long TOKEN = 1_000_000_000L; // one message's worth of credit, in nanoseconds
        private long credit;
        private Instant refilledAt;

        ChatBucket(boolean group, Instant now) {
            this.group = group;
            this.credit = chatBurst * TOKEN;
            this.refilledAt = now;
        }

        Duration waitAt(Instant now) {
            if (group) {
                while (!sent.isEmpty() && !sent.peekFirst().plus(MINUTE).isAfter(now)) {
                    sent.pollFirst();
                }
                return sent.size() < perGroupMinute ? Duration.ZERO
                        : Duration.between(now, sent.peekFirst().plus(MINUTE));
            }
            refill(now);
            return credit >= TOKEN ? Duration.ZERO : Duration.ofNanos(TOKEN - credit);
        }

        void take(Instant now) {
            if (group) {
                sent.addLast(now);
            } else {
                credit -= TOKEN;
            }
        }

        private void refill(Instant now) {
            if (now.isAfter(refilledAt)) {
                long elapsed = Duration.between(refilledAt, now).toNanos();
                credit = Math.min(chatBurst * TOKEN, credit + elapsed);
                refilledAt = now;
            }
        }
    }
}
