package id.aduan.bot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Telegram's send limits as a gate that each send passes: at most {@code perSecond} messages in any one-second
 * window overall, about one message a second per private chat after a small burst (a token bucket), and at most
 * {@code perGroupMinute} a minute per group (chat ids below zero). A 429 pauses every send until Telegram's
 * retry_after has passed. Pure arithmetic on the instants it is given, so it is tested with a fake clock.
 *
 * <p>The overall limit must hold where Telegram counts, on arrival, and a request arrives somewhere between the
 * moment it was let through and the moment its answer came back. So a message holds its place from
 * {@link #tryAcquire} until one second after {@link #done} (a sliding log of completions plus the requests in
 * flight): when a message is let through, every other message that could arrive within one second of it is still
 * counted, whatever the network and the scheduler do to the timing. This costs one round trip per second of
 * throughput.
 */
final class Pacing {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_TRACKED_CHATS = 10_000;
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(5);

    private final int perSecond;
    private final int chatBurst;
    private final int perGroupMinute;
    /** When the messages of the last second were answered (not in order: several are sent at once). */
    private final PriorityQueue<Instant> recent = new PriorityQueue<>();
    private int inFlight;
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
     * Takes a slot for one message to {@code chatId} at {@code now} if every limit allows it and returns zero (the
     * caller must call {@link #done} once the request has been answered or has failed); otherwise takes nothing and
     * returns how long to wait before asking again.
     */
    synchronized Duration tryAcquire(long chatId, Instant now) {
        Duration wait = Duration.ZERO;
        if (now.isBefore(pausedUntil)) {
            wait = Duration.between(now, pausedUntil);
        }
        while (!recent.isEmpty() && !recent.peek().plus(SECOND).isAfter(now)) {
            recent.poll();
        }
        if (inFlight + recent.size() >= perSecond) {
            // all the places are held: wait for the oldest answered one to leave the window, or for an answer
            wait = max(wait, recent.isEmpty() || inFlight >= perSecond ? IN_FLIGHT_POLL
                    : Duration.between(now, recent.peek().plus(SECOND)));
        }
        ChatBucket bucket = chats.computeIfAbsent(chatId, id -> new ChatBucket(id < 0, now));
        wait = max(wait, bucket.waitAt(now));
        if (!wait.isZero()) {
            return wait;
        }
        inFlight++;
        bucket.take(now);
        return Duration.ZERO;
    }

    /** The request of a slot taken with {@link #tryAcquire} was answered (or failed) at {@code at}. */
    synchronized void done(Instant at) {
        if (inFlight > 0) {
            inFlight--;
            recent.add(at);
        }
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
