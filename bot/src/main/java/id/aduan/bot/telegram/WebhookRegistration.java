package id.aduan.bot.telegram;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In webhook mode, tells Telegram where to POST updates ({@code setWebhook} with the secret token and only the
 * update types the bot handles). Runs in the background and retries with back-off while Telegram is unreachable; a
 * rejected token (401) stops it with the same single log line as polling.
 */
class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    enum State { IDLE, REGISTERING, REGISTERED, UNAUTHORIZED }

    private final TelegramClient client;
    private final TelegramSettings settings;
    private volatile State state = State.IDLE;
    private Thread registration;

    WebhookRegistration(TelegramClient client, TelegramSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    State state() {
        return state;
    }

    synchronized void start() {
        if (registration != null || state == State.UNAUTHORIZED) {
            return;
        }
        state = State.REGISTERING;
        registration = Thread.ofVirtual().name("telegram-webhook").start(this::register);
    }

    synchronized void stop() {
        if (registration != null) {
            registration.interrupt();
            registration = null;
        }
        if (state != State.UNAUTHORIZED) {
            state = State.IDLE;
        }
    }

    private void register() {
        SetWebhook setWebhook = SetWebhook.builder().url(settings.webhook().url().toString())
                .secretToken(settings.webhook().secret()).allowedUpdates(TelegramPolling.ALLOWED_UPDATES).build();
        Duration delay = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                client.execute(setWebhook);
                state = State.REGISTERED;
                log.info("Telegram webhook set to {}", settings.webhook().url());
                return;
            } catch (TelegramApiException e) {
                if (TelegramPolling.unauthorized(e)) {
                    state = State.UNAUTHORIZED;
                    log.error(TelegramPolling.TOKEN_REJECTED);
                    return;
                }
                log.warn("Telegram not reachable yet ({}); retrying setWebhook in {} s", e.getMessage(),
                        delay.toSeconds());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay()
                        : delay.multipliedBy(2);
            }
        }
    }
}
