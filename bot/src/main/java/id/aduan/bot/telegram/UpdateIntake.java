package id.aduan.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import id.aduan.bot.inbox.Inbox;
import id.aduan.bot.inbox.InboxEntry;
import id.aduan.bot.inbox.InboxWorkers;

/**
 * The one way a received update enters the bot, whether it came from a long poll or a webhook: it is written into
 * the persisted inbox under its update id (so a repeat is dropped, and handling keeps the order of receipt), the
 * store is made durable, and the new entries are handed straight to the inbox workers (which ignore them on an
 * instance that does not hold the lease: the holder reads them from the store).
 */
class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final InboxWorkers workers;
    private final TelegramMetrics metrics;
    private final ReceivedUpdates parsed;

    UpdateIntake(Inbox inbox, InboxWorkers workers, TelegramMetrics metrics, ReceivedUpdates received) {
        this.inbox = inbox;
        this.workers = workers;
        this.metrics = metrics;
        this.parsed = received;
    }

    /**
     * Stores one update (a webhook call), once; a failure of the store is thrown, so the caller can tell Telegram
     * to deliver it again. Returns false when the update was a duplicate.
     */
    boolean store(Update update) {
        Optional<InboxEntry> stored = storeOnce(update, serialise(update));
        inbox.flush();
        stored.ifPresent(entry -> parsed.remember(entry, update));
        workers.handOver(stored.stream().toList());
        return stored.isPresent();
    }

    /**
     * Stores a polled batch, retrying a failing store with back-off for as long as {@code keepTrying} holds, and
     * returns once every update is stored. When it stops holding, the failure is thrown: the batch is then not
     * acknowledged to Telegram, which delivers it again.
     */
    void storeAll(List<Update> updates, BooleanSupplier keepTrying) {
        List<Inbox.Received> received = new ArrayList<>(updates.size());
        for (Update update : updates) {
            try {
                received.add(new Inbox.Received(update.getUpdateId(), TelegramUpdates.chatKey(update),
                        serialise(update)));
                metrics.received();
            } catch (IllegalStateException e) {
                log.error("Update {} cannot be serialised; dropped", update.getUpdateId(), e);
            }
        }
        // one insert for the batch; the entries keep their receiving order across retries
        List<InboxEntry> entries = inbox.entries(TelegramUpdates.SOURCE, received);
        List<InboxEntry> stored = insertUntilDone(entries, keepTrying);
        for (int i = stored.size(); i < entries.size(); i++) {
            metrics.duplicate();
        }
        try {
            inbox.flush();
        } catch (RuntimeException e) {
            log.warn("Inbox not flushed: {}", e.toString());
        }
        Map<Long, Update> byId = new HashMap<>();
        updates.forEach(u -> byId.putIfAbsent(u.getUpdateId().longValue(), u));
        for (InboxEntry entry : stored) {
            Update update = byId.get(entry.updateId());
            if (update != null) {
                parsed.remember(entry, update);
            }
        }
        workers.handOver(stored);
    }

    private static String serialise(Update update) {
        try {
            return TelegramUpdates.JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("update " + update.getUpdateId() + " cannot be serialised", e);
        }
    }

    private Optional<InboxEntry> storeOnce(Update update, String payload) {
        metrics.received();
        Optional<InboxEntry> stored = inbox.receive(TelegramUpdates.SOURCE, update.getUpdateId(),
                TelegramUpdates.chatKey(update), payload);
        if (stored.isEmpty()) {
            metrics.duplicate();
        }
        return stored;
    }

    private List<InboxEntry> insertUntilDone(List<InboxEntry> entries, BooleanSupplier keepTrying) {
        Duration delay = Duration.ofMillis(100);
        while (true) {
            try {
                return inbox.insertNew(entries);
            } catch (RuntimeException e) {
                if (!keepTrying.getAsBoolean()) {
                    log.error("Stopping with {} update(s) not stored; Telegram will deliver them again",
                            entries.size());
                    throw e; // the session ends before the next getUpdates, so the batch is not acknowledged
                }
                log.warn("Inbox not writable ({}); retrying {} update(s) in {} ms", e.toString(), entries.size(),
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
}
