package id.aduan.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.exceptions.TelegramApiErrorResponseException;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import id.aduan.bot.inbox.Inbox;
import id.aduan.bot.inbox.InboxWorkers;

/**
 * Long-polls Telegram for updates once the application has started, and writes each batch into the persisted
 * {@link Inbox} before returning to TelegramBots. TelegramBots moves its offset in memory before calling
 * {@link #consume}, but it acknowledges the batch to Telegram only with the next getUpdates, which it sends after
 * {@code consume} returns; so {@code consume} blocks, retrying, until every update is stored. Handling happens
 * afterwards from the inbox ({@link InboxWorkers}). Registration runs in the background and is retried with
 * back-off, so the app (and its admin API) starts and serves even when Telegram is unreachable; a rejected token
 * (401) stops it with one log line.
 */
class TelegramPolling implements SmartLifecycle, LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    /** Only what the bot handles: citizens' messages, button presses, and being blocked or unblocked. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "my_chat_member");

    private final TelegramSettings settings;
    private final TelegramUrl url;
    private final Inbox inbox;
    private final InboxWorkers workers;
    private final TelegramMetrics metrics;
    private final Clock clock;
    private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
    private volatile Thread registration;
    private volatile boolean running;

    TelegramPolling(TelegramSettings settings, TelegramUrl url, Inbox inbox, InboxWorkers workers,
                    TelegramMetrics metrics, Clock clock) {
        this.settings = settings;
        this.url = url;
        this.inbox = inbox;
        this.workers = workers;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        workers.start(); // updates stored before a restart are handled even while Telegram is unreachable
        registration = Thread.ofVirtual().name("telegram-registration").start(this::register);
    }

    private void register() {
        Duration delay = Duration.ofSeconds(1);
        while (running) {
            try {
                application.registerBot(settings.token(), () -> url, this::getUpdates, this);
                log.info("Polling Telegram Bot API at {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
                return;
            } catch (TelegramApiException e) {
                if (unauthorized(e)) {
                    log.error("Telegram rejected the bot token (401 Unauthorized): polling stopped; "
                            + "check ADUAN_TELEGRAM_TOKEN");
                    return;
                }
                log.warn("Telegram not reachable yet ({}); retrying in {} s", e.getMessage(), delay.toSeconds());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay()
                        : delay.multipliedBy(2);
            }
        }
    }

    private static boolean unauthorized(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r) {
            return r.getErrorCode() != null && r.getErrorCode() == 401;
        }
        // This exception keeps its code private; its text names it.
        return e instanceof TelegramApiErrorResponseException && String.valueOf(e).contains("401");
    }

    private GetUpdates getUpdates(Integer offset) {
        return GetUpdates.builder().offset(offset + 1).limit(100)
                .timeout((int) settings.pollTimeout().toSeconds()).allowedUpdates(ALLOWED_UPDATES).build();
    }

    /** Stores the batch; returns only when every update is in the inbox (or the app is stopping). */
    @Override
    public void consume(List<Update> updates) {
        metrics.polled(clock.instant());
        for (Update update : updates) {
            storeUntilDone(update);
        }
        try {
            inbox.flush();
        } catch (RuntimeException e) {
            log.warn("Inbox not flushed: {}", e.toString());
        }
        workers.wake();
    }

    private void storeUntilDone(Update update) {
        String payload;
        try {
            payload = TelegramUpdates.JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            log.error("Update {} cannot be serialised; dropped", update.getUpdateId(), e);
            return;
        }
        metrics.received();
        Duration delay = Duration.ofMillis(100);
        while (true) {
            try {
                if (!inbox.store(TelegramUpdates.SOURCE, update.getUpdateId(), TelegramUpdates.chatKey(update),
                        payload)) {
                    metrics.duplicate();
                }
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    log.error("Stopping with update {} not stored; Telegram will deliver it again",
                            update.getUpdateId());
                    throw e; // the session ends before the next getUpdates, so the batch is not acknowledged
                }
                log.warn("Inbox not writable ({}); retrying update {} in {} ms", e.toString(), update.getUpdateId(),
                        delay.toMillis());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay = delay.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                        : delay.multipliedBy(2);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (registration != null) {
            registration.interrupt();
        }
        try {
            application.close();
        } catch (Exception e) {
            log.debug("Closing Telegram polling: {}", e.getMessage());
        }
        workers.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
