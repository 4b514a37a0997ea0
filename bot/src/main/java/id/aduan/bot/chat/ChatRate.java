package id.aduan.bot.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.aduan.complaint.ChatRef;

/**
 * Counts one chat's messages in a sliding window, to notice a flood (a stuck key, a script, a forwarded batch).
 * Nothing is dropped because of it: the bot only asks once per window to slow down. Counters live in memory on
 * purpose; after a restart a flood is simply noticed again.
 */
final class ChatRate {

    private final int limit;
    private final Duration window;
    private final Map<ChatRef, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Map<ChatRef, Instant> warned = new ConcurrentHashMap<>();

    ChatRate(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts a message; true when the chat went over the limit and has not been asked to slow down yet. */
    boolean overLimitFirstTime(ChatRef chat, Instant at) {
        if (recent.size() > 10_000) {
            forgetIdle(at);
        }
        Deque<Instant> times = recent.computeIfAbsent(chat, c -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
            while (!times.isEmpty() && times.peekFirst().isBefore(at.minus(window))) {
                times.removeFirst();
            }
            if (times.size() <= limit) {
                return false;
            }
        }
        Instant last = warned.get(chat);
        if (last != null && last.isAfter(at.minus(window))) {
            return false;
        }
        warned.put(chat, at);
        return true;
    }

    private void forgetIdle(Instant at) {
        recent.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(at.minus(window));
            }
        });
        warned.entrySet().removeIf(e -> e.getValue().isBefore(at.minus(window)));
    }
}
