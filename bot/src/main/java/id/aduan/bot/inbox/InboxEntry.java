package id.aduan.bot.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One received update as stored in the inbox. The id is {@code <source>:<update id>}, so the primary key is the
 * deduplication key; {@code seq} orders entries in the order they were received; {@code handledAt} is null while
 * the update waits to be handled.
 */
@Document(Inbox.COLLECTION)
public record InboxEntry(@Id String id, long updateId, String chatKey, String payload, long seq, Instant receivedAt,
                         Instant handledAt, int attempts, String lastError) {
}
