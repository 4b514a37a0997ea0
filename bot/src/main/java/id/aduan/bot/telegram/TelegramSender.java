package id.aduan.bot.telegram;

import java.io.InterruptedIOException;
import java.io.Serializable;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.bot.chat.DeliveryFailure;

/**
 * Every outgoing Bot API call goes through here: messages wait for a {@link Pacing} slot; a 429 pauses all sends
 * for at least Telegram's retry_after and the same request is retried; 5xx, 409, refused connections and timeouts
 * are retried a few times with capped exponential back-off and jitter, and then handed back as transient so the
 * outbox can retry much later; a read timeout (the request may have arrived) is retried at most once; 403
 * (blocked, deactivated) and other 4xx are never retried.
 */
class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    /** Sleeps; tests replace it. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final TelegramClient client;
    private final Pacing pacing;
    private final Clock clock;
    private final Sleeper sleeper;
    private final TelegramMetrics metrics;
    private final int transientRetries;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final int max429Retries = 10;

    TelegramSender(TelegramClient client, Pacing pacing, Clock clock, Sleeper sleeper, TelegramMetrics metrics,
                   int transientRetries, Duration firstBackoff, Duration maxBackoff) {
        this.client = client;
        this.pacing = pacing;
        this.clock = clock;
        this.sleeper = sleeper;
        this.metrics = metrics;
        this.transientRetries = transientRetries;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Sends a message to a chat within the pacing limits. */
    <T extends Serializable> T send(long chatId, BotApiMethod<T> method) throws DeliveryFailure {
        return call(chatId, method, true);
    }

    /** Calls a method that is not a message (answerCallbackQuery): not paced, but a 429 is still respected. */
    <T extends Serializable> T call(BotApiMethod<T> method) throws DeliveryFailure {
        return call(0, method, false);
    }

    private <T extends Serializable> T call(long chatId, BotApiMethod<T> method, boolean paced) throws DeliveryFailure {
        int transientFailures = 0;
        int readTimeouts = 0;
        int rateLimited = 0;
        while (true) {
            try {
                if (paced) {
                    awaitSlot(chatId);
                } else {
                    awaitPause();
                }
                T result;
                try {
                    result = client.execute(method);
                } finally {
                    if (paced) {
                        pacing.done(clock.instant());
                    }
                }
                metrics.sent(TelegramMetrics.Outcome.SENT);
                return result;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && code == 429) {
                    metrics.rateLimited();
                    int retryAfter = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                            ? e.getParameters().getRetryAfter() : 1;
                    pacing.pauseUntil(clock.instant().plusSeconds(retryAfter));
                    log.info("Telegram 429: pausing sends for {} s", retryAfter);
                    if (++rateLimited > max429Retries) {
                        metrics.sent(TelegramMetrics.Outcome.FAILED);
                        throw new DeliveryFailure("Telegram 429 persisted", DeliveryFailure.Kind.TRANSIENT, e);
                    }
                    metrics.sent(TelegramMetrics.Outcome.RETRIED);
                    continue;
                }
                if (code != null && code == 403) {
                    metrics.sent(TelegramMetrics.Outcome.BLOCKED);
                    throw new DeliveryFailure("Telegram 403: " + e.getApiResponse(), DeliveryFailure.Kind.UNREACHABLE,
                            e);
                }
                if (code != null && code >= 400 && code < 500 && code != 409) {
                    metrics.sent(TelegramMetrics.Outcome.FAILED);
                    throw new DeliveryFailure("Telegram " + code + ": " + e.getApiResponse(),
                            DeliveryFailure.Kind.REJECTED, e);
                }
                // 5xx, 409 (a conflicting getUpdates or webhook), or an unreadable answer from a proxy
                transientFailures = backOffOrGiveUp(transientFailures, "Telegram " + code + ": " + e.getApiResponse(),
                        e);
            } catch (TelegramApiException e) {
                if (isReadTimeout(e)) {
                    // The request may have reached Telegram: one more try at most, then say we do not know.
                    if (++readTimeouts > 1) {
                        metrics.sent(TelegramMetrics.Outcome.FAILED);
                        throw new DeliveryFailure("Telegram read timeout twice", DeliveryFailure.Kind.UNCERTAIN, e);
                    }
                    metrics.sent(TelegramMetrics.Outcome.RETRIED);
                    continue;
                }
                transientFailures = backOffOrGiveUp(transientFailures, "Telegram unreachable: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailure("interrupted", DeliveryFailure.Kind.TRANSIENT, e);
            }
        }
    }

    private int backOffOrGiveUp(int failures, String error, Exception cause) throws DeliveryFailure {
        if (failures >= transientRetries) {
            metrics.sent(TelegramMetrics.Outcome.FAILED);
            throw new DeliveryFailure(error, DeliveryFailure.Kind.TRANSIENT, cause);
        }
        metrics.sent(TelegramMetrics.Outcome.RETRIED);
        try {
            sleeper.sleep(backoff(failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(error, DeliveryFailure.Kind.TRANSIENT, cause);
        }
        return failures + 1;
    }

    /** Capped exponential back-off with full jitter in its upper half. */
    Duration backoff(int failures) {
        long base = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(failures, 20));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private void awaitSlot(long chatId) throws InterruptedException {
        while (true) {
            Duration wait = pacing.tryAcquire(chatId, clock.instant());
            if (wait.isZero()) {
                return;
            }
            sleeper.sleep(wait);
        }
    }

    private void awaitPause() throws InterruptedException {
        Instant now = clock.instant();
        Duration wait = pacing.pausedFor(now);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    private static boolean isReadTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException && !String.valueOf(t.getMessage()).contains("connect")) {
                return true;
            }
            if (t instanceof InterruptedIOException && "timeout".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
