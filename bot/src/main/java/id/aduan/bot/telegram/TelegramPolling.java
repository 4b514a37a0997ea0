package id.aduan.bot.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.exceptions.TelegramApiErrorResponseException;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Long-polls Telegram for updates and hands each batch to the {@link UpdateIntake}, which writes it into the
 * persisted inbox before returning to TelegramBots. TelegramBots moves its offset in memory before calling
 * {@link #consume}, but it acknowledges the batch to Telegram only with the next getUpdates, which it sends after
 * {@code consume} returns; so {@code consume} blocks, retrying, until every update is stored.
 *
 * <p>Registration (which first deletes any leftover webhook) runs in the background and is retried with back-off,
 * so the app (and its admin API) starts and serves even when Telegram is unreachable. A rejected token (401), at
 * registration or on any later getUpdates (a token revoked while running), stops polling with one log line:
 * TelegramBots itself would log the 401 with a stack trace and retry for ever, so its getUpdates calls go through
 * an interceptor that turns a 401 into an empty batch and stops the session.
 */
class TelegramPolling implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    /** Only what the bot handles: citizens' messages, button presses, and being blocked or unblocked. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "my_chat_member");
    static final String TOKEN_REJECTED = "Telegram rejected the bot token (401 Unauthorized): polling stopped; "
            + "check ADUAN_TELEGRAM_TOKEN";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** What the poller is doing, for the health check. */
    enum State { IDLE, REGISTERING, POLLING, UNAUTHORIZED }

    private final TelegramSettings settings;
    private final TelegramUrl url;
    private final UpdateIntake intake;
    private final TelegramMetrics metrics;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile State state = State.IDLE;
    /** The current session; a new one per registration attempt (TelegramBots keeps a failed one registered). */
    private Session session;
    private Thread registration;

    /** One registration: its TelegramBots application, HTTP client and polling thread. */
    private record Session(TelegramBotsLongPollingApplication application, OkHttpClient http,
                           ScheduledExecutorService executor) {

        void close() {
            http.dispatcher().cancelAll(); // ends a long poll in flight, so a stop takes effect at once
            try {
                application.close();
            } catch (Exception e) {
                log.debug("Closing Telegram polling: {}", e.getMessage());
            }
            executor.shutdownNow();
        }
    }

    TelegramPolling(TelegramSettings settings, TelegramUrl url, UpdateIntake intake, TelegramMetrics metrics,
                    Clock clock) {
        this.settings = settings;
        this.url = url;
        this.intake = intake;
        this.metrics = metrics;
        this.clock = clock;
    }

    State state() {
        return state;
    }

    /** Starts polling in the background (registration is retried until it works or the token is rejected). */
    void start() {
        synchronized (lock) {
            if (registration != null || state == State.UNAUTHORIZED) {
                return;
            }
            state = State.REGISTERING;
            registration = Thread.ofVirtual().name("telegram-registration").start(this::register);
        }
    }

    /** Stops polling; a long poll in flight is cut off. */
    void stop() {
        Session ending;
        synchronized (lock) {
            if (registration != null) {
                registration.interrupt();
                registration = null;
            }
            ending = session;
            session = null;
            if (state != State.UNAUTHORIZED) {
                state = State.IDLE;
            }
        }
        if (ending != null) {
            ending.close();
        }
    }

    private void register() {
        Duration delay = Duration.ofSeconds(1);
        while (!Thread.currentThread().isInterrupted()) {
            Session attempt = newSession();
            synchronized (lock) {
                if (registration != Thread.currentThread()) {
                    attempt.close();
                    return; // stopped meanwhile
                }
                session = attempt;
            }
            try {
                attempt.application().registerBot(settings.token(), () -> url, this::getUpdates, this);
                synchronized (lock) {
                    if (registration == Thread.currentThread()) {
                        state = State.POLLING;
                        registration = null;
                    }
                }
                log.info("Polling Telegram Bot API at {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
                return;
            } catch (TelegramApiException e) {
                if (unauthorized(e)) {
                    tokenRejected();
                    return;
                }
                synchronized (lock) {
                    if (session == attempt) {
                        session = null;
                    }
                }
                attempt.close();
                log.warn("Telegram not reachable yet ({}); retrying in {} s", e.getMessage(), delay.toSeconds());
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

    private Session newSession() {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(30))
                // a long poll answers within its timeout; allow a margin on top
                .readTimeout(settings.pollTimeout().plusSeconds(30)).addInterceptor(this::watchGetUpdates).build();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-polling").daemon(true).factory());
        return new Session(new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor),
                http, executor);
    }

    /**
     * Sees every getUpdates of the poller: notes each successful poll, and turns a 401 into an empty batch while
     * stopping polling (TelegramBots would otherwise log the error with a stack trace and retry for ever). A poll cut
     * off by a stop also ends as an empty batch rather than an error in the log.
     */
    private Response watchGetUpdates(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if (!request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
            return chain.proceed(request);
        }
        if (state == State.UNAUTHORIZED) {
            return emptyBatch(request);
        }
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            if (state != State.POLLING || chain.call().isCanceled()) {
                return emptyBatch(request);
            }
            throw e;
        }
        if (response.code() == 401) {
            response.close();
            tokenRejected();
            return emptyBatch(request);
        }
        if (response.isSuccessful()) {
            metrics.polled(clock.instant());
        }
        return response;
    }

    private static Response emptyBatch(Request request) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON_TYPE)).build();
    }

    /** Stops polling for good (until the app restarts with another token), with one log line. */
    private void tokenRejected() {
        Session ending;
        synchronized (lock) {
            if (state == State.UNAUTHORIZED) {
                return;
            }
            state = State.UNAUTHORIZED;
            registration = null;
            ending = session;
            session = null;
        }
        log.error(TOKEN_REJECTED);
        if (ending != null) {
            // not on the polling thread itself, which is the one that saw the 401
            Thread.ofVirtual().name("telegram-stop").start(() -> {
                ending.executor().shutdown();
                try {
                    ending.executor().awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ending.close();
            });
        }
    }

    static boolean unauthorized(TelegramApiException e) {
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

    /** Stores the batch; returns only when every update is in the inbox (or polling is stopping). */
    @Override
    public void consume(List<Update> updates) {
        metrics.polled(clock.instant());
        intake.storeAll(updates, () -> state == State.POLLING || state == State.REGISTERING);
    }
}
