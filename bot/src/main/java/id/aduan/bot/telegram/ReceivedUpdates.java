package id.aduan.bot.telegram;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.telegram.telegrambots.meta.api.objects.Update;

import id.aduan.bot.inbox.InboxEntry;

/**
 * The updates this process received and stored, as TelegramBots parsed them, until a worker handles them: an
 * update handed straight to the workers is not parsed a second time from its stored JSON. An entry read from the
 * store (after a restart, or left by a failed attempt) is parsed from its payload, which stays the record of what
 * was received. Bounded, and forgotten after a while, so entries that are never handled here (another instance
 * took the lease) do not pile up.
 */
class ReceivedUpdates {

    private final Cache<String, Update> parsed = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    void remember(InboxEntry entry, Update update) {
        parsed.put(entry.id(), update);
    }

    /** The update of a stored entry: as received when still known, else parsed from the stored payload. */
    Update take(InboxEntry entry) throws JsonProcessingException {
        Update update = parsed.asMap().remove(entry.id());
        return update != null ? update : TelegramUpdates.JSON.readValue(entry.payload(), Update.class);
    }
}
