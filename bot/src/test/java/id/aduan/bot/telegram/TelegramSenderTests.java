package id.aduan.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.bot.chat.DeliveryFailure;

/** The retry rules of one send, with a stubbed client and a sleeper that only records. */
class TelegramSenderTests {

    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final TelegramMetrics metrics = new TelegramMetrics(new SimpleMeterRegistry());
    private final TelegramSender sender = new TelegramSender(client, new Pacing(25, 3, 20), clock, this::sleep,
            metrics, 3, Duration.ofMillis(500), Duration.ofSeconds(30));
    private final SendMessage message = SendMessage.builder().chatId(42L).text("halo").build();

    /** Sleeping moves the test's clock instead of waiting. */
    private void sleep(Duration duration) {
        sleeps.add(duration);
        now.updateAndGet(t -> t.plus(duration));
    }

    private static TelegramApiRequestException error(int code, String description, Integer retryAfter) {
        ResponseParameters parameters = retryAfter == null ? null : new ResponseParameters(null, retryAfter);
        return new TelegramApiRequestException("Error sending message",
                new ApiResponse<>(false, code, description, parameters, null));
    }

    @Test
    void aReadTimeoutIsRetriedAtMostOnce() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(
                new TelegramApiException("Unable to execute sendmessage method", new SocketTimeoutException("timeout")));

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send(42L, message));

        assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.UNCERTAIN);
        verify(client, times(2)).execute(any(SendMessage.class));
    }

    @Test
    void aBlockedCitizenIsNotRetried() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(403, "Forbidden: user is deactivated", null));

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send(42L, message));

        assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.UNREACHABLE);
        assertThat(failure.permanent()).isTrue();
        verify(client, times(1)).execute(any(SendMessage.class));
        assertThat(metrics.sendsByOutcome()).containsEntry("blocked", 1L).containsEntry("retried", 0L);
    }

    @Test
    void transientErrorsBackOffExponentiallyWithJitterThenGiveUp() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(502, "Bad Gateway", null));

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send(42L, message));

        assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.TRANSIENT);
        verify(client, times(4)).execute(any(SendMessage.class));
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
        assertThat(sender.backoff(30)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(metrics.sendsByOutcome()).containsEntry("retried", 3L).containsEntry("failed", 1L)
                .containsEntry("sent", 0L);
    }

    @Test
    void a429WaitsAtLeastRetryAfterBeforeTheSameRequestIsSentAgain() throws Exception {
        Message sent = new Message();
        sent.setMessageId(7);
        when(client.execute(any(SendMessage.class))).thenThrow(error(429, "Too Many Requests: retry after 5", 5))
                .thenReturn(sent);

        assertThat(sender.send(42L, message).getMessageId()).isEqualTo(7);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
        verify(client, times(2)).execute(any(SendMessage.class));
        assertThat(metrics.rateLimitedResponses()).isEqualTo(1);
        assertThat(metrics.sendsByOutcome()).containsEntry("retried", 1L).containsEntry("sent", 1L);
    }

    @Test
    void aBadRequestIsRejectedWithoutRetry() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(400, "Bad Request: message is too long", null));

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send(42L, message));

        assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.REJECTED);
        verify(client, times(1)).execute(any(SendMessage.class));
    }
}
