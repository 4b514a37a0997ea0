package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Telegram's send limits, checked by counting granted slots per window on a clock the test moves. */
class PacingTests {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void thousandChatsNeverGetMoreThan25MessagesInAnyOneSecondWindow() {
        Pacing pacing = new Pacing(25, 3, 20);
        List<Instant> granted = new ArrayList<>();
        Instant now = T0;
        for (long chat = 1; chat <= 1_000; chat++) {
            while (true) {
                Duration wait = pacing.tryAcquire(chat, now);
                if (wait.isZero()) {
                    granted.add(now);
                    pacing.done(now);
                    break;
                }
                now = now.plus(wait);
            }
        }
        assertThat(granted).hasSize(1_000);
        assertThat(maxInAnyWindow(granted, Duration.ofSeconds(1))).isEqualTo(25);
        // and close to the bound: 1,000 messages at 25/s take about 40 s, not much more
        assertThat(Duration.between(T0, granted.getLast())).isLessThanOrEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void telegramNeverSeesMoreThan25InAnySecondWhateverTheRequestsTakeOnTheWay() {
        // eight senders at once; each request arrives at Telegram somewhere between being let through and being
        // answered, up to 300 ms later: Telegram counts arrivals, so that is what must stay within 25 a second
        Pacing pacing = new Pacing(25, 3, 20);
        java.util.Random random = new java.util.Random(7);
        java.util.PriorityQueue<Instant> answers = new java.util.PriorityQueue<>();
        List<Instant> arrivals = new ArrayList<>();
        Instant now = T0;
        long chat = 1;
        while (chat <= 1_000) {
            while (!answers.isEmpty() && !answers.peek().isAfter(now)) {
                pacing.done(answers.poll());
            }
            Duration wait = answers.size() >= 8 ? Duration.ofDays(1) : pacing.tryAcquire(chat, now);
            if (wait.isZero()) {
                Instant answered = now.plusMillis(1 + random.nextInt(300));
                arrivals.add(now.plusMillis(random.nextLong(Duration.between(now, answered).toMillis() + 1)));
                answers.add(answered);
                chat++;
            } else {
                Instant next = now.plus(wait);
                now = answers.isEmpty() || next.isBefore(answers.peek()) ? next : answers.peek();
            }
        }
        arrivals.sort(null);
        assertThat(maxInAnyWindow(arrivals, Duration.ofSeconds(1))).isLessThanOrEqualTo(25);
        // each place is held one round trip longer than a second: still close to 25 a second
        assertThat(Duration.between(T0, arrivals.getLast())).isLessThanOrEqualTo(Duration.ofSeconds(48));
    }

    @Test
    void aPrivateChatGetsASmallBurstThenAboutOneMessageASecond() {
        Pacing pacing = new Pacing(25, 3, 20);
        List<Instant> granted = drive(pacing, 42L, 13);
        assertThat(granted.subList(0, 3)).containsOnly(T0);
        assertThat(maxInAnyWindow(granted.subList(3, 13), Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(Duration.between(T0, granted.getLast())).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11));
    }

    @Test
    void aGroupGetsAtMost20MessagesAMinute() {
        Pacing pacing = new Pacing(25, 3, 20);
        List<Instant> granted = drive(pacing, -100123L, 60);
        assertThat(maxInAnyWindow(granted, Duration.ofMinutes(1))).isEqualTo(20);
    }

    @Test
    void a429PausesEveryChatUntilRetryAfterHasPassed() {
        Pacing pacing = new Pacing(25, 3, 20);
        pacing.pauseUntil(T0.plusSeconds(7));
        assertThat(pacing.tryAcquire(1L, T0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(pacing.tryAcquire(2L, T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(4));
        assertThat(pacing.tryAcquire(2L, T0.plusSeconds(7))).isZero();
    }

    private static List<Instant> drive(Pacing pacing, long chat, int messages) {
        List<Instant> granted = new ArrayList<>();
        Instant now = T0;
        while (granted.size() < messages) {
            Duration wait = pacing.tryAcquire(chat, now);
            if (wait.isZero()) {
                granted.add(now);
                pacing.done(now);
            } else {
                now = now.plus(wait);
            }
        }
        return granted;
    }

    /** The most instants inside any half-open window [t, t + length), over every t that starts at a grant. */
    static int maxInAnyWindow(List<Instant> instants, Duration length) {
        int max = 0;
        for (int i = 0; i < instants.size(); i++) {
            Instant end = instants.get(i).plus(length);
            int count = 0;
            for (int j = i; j < instants.size() && instants.get(j).isBefore(end); j++) {
                count++;
            }
            max = Math.max(max, count);
        }
        return max;
    }
}
