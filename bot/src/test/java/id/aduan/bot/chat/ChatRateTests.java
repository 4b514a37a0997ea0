package id.aduan.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.aduan.complaint.ChatRef;

class ChatRateTests {

    static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
    static final ChatRef SARI = ChatRef.telegram(1L);

    @Test
    void asksOnceWhenAChatSendsThirtyMessagesInTenSeconds() {
        ChatRate rate = new ChatRate(20, Duration.ofSeconds(10));

        long warnings = IntStream.range(0, 30)
                .filter(i -> rate.overLimitFirstTime(SARI, T0.plusMillis(300L * i))).count();

        assertThat(warnings).isEqualTo(1);
    }

    @Test
    void neverWarnsAtAnOrdinaryPaceOrAnotherChat() {
        ChatRate rate = new ChatRate(20, Duration.ofSeconds(10));

        assertThat(IntStream.range(0, 100).filter(i -> rate.overLimitFirstTime(SARI, T0.plusSeconds(i))).count())
                .isZero();
        IntStream.range(0, 20).forEach(i -> rate.overLimitFirstTime(SARI, T0.plusSeconds(200)));
        assertThat(rate.overLimitFirstTime(ChatRef.telegram(2L), T0.plusSeconds(200))).isFalse();
    }

    @Test
    void warnsAgainInALaterFlood() {
        ChatRate rate = new ChatRate(20, Duration.ofSeconds(10));
        IntStream.range(0, 30).forEach(i -> rate.overLimitFirstTime(SARI, T0));

        assertThat(IntStream.range(0, 30).filter(i -> rate.overLimitFirstTime(SARI, T0.plusSeconds(60))).count())
                .isEqualTo(1);
    }
}
