package id.aduan.bot.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.bot.chat.ChatTurns;

/**
 * Long-polls Telegram for updates once the application has started. Registration runs in the background and is
 * retried with back-off, so the app (and its admin API) starts and serves even when Telegram is unreachable.
 */
@Component
@TelegramEnabled
class TelegramPolling implements SmartLifecycle, LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final TelegramSettings settings;
    private final TelegramUrl url;
    private final TelegramClient client;
    private final ChatTurns turns;
    private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
    private volatile Thread registration;
    private volatile boolean running;

    TelegramPolling(TelegramSettings settings, TelegramUrl url, TelegramClient client, ChatTurns turns) {
        this.settings = settings;
        this.url = url;
        this.client = client;
        this.turns = turns;
    }

    @Override
    public void start() {
        running = true;
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

    private GetUpdates getUpdates(Integer offset) {
        return GetUpdates.builder().offset(offset + 1).limit(100)
                .timeout((int) settings.pollTimeout().toSeconds()).allowedUpdates(ALLOWED_UPDATES).build();
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                answerButton(update);
                UpdateTranslation.of(update).ifPresent(e -> turns.handle(e.chat(), e.reporter(), e.incoming()));
            } catch (RuntimeException e) {
                log.error("Update {} could not be handled", update.getUpdateId(), e);
            }
        }
    }

    /** Every button press is answered, even stale ones, so the citizen's app stops showing a spinner. */
    private void answerButton(Update update) {
        if (update.hasCallbackQuery()) {
            try {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId())
                        .build());
            } catch (TelegramApiException e) {
                log.debug("Callback query not answered: {}", e.getMessage());
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
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
