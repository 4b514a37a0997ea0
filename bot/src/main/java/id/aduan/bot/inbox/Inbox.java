package id.aduan.bot.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.aduan.complaint.store.StoreDurability;

/**
 * The store of received updates (collection {@code inbox}). {@link #store} is the only write on the receiving
 * path: it inserts the update under its id, so an update seen before (same batch, a later poll, after a restart,
 * ids out of order) is refused by the primary key, whatever order the ids come in. Handled entries are kept for
 * the retention period (at least 48 hours, longer than Telegram keeps an update) and then purged.
 */
@Component
public class Inbox {

    static final String COLLECTION = "inbox";

    private final MongoOperations mongo;
    private final Clock clock;
    private final AtomicLong lastSeq = new AtomicLong();
    private final Optional<StoreDurability> durability;

    public Inbox(MongoOperations mongo, Clock clock, Optional<StoreDurability> durability) {
        this.mongo = mongo;
        this.clock = clock;
        this.durability = durability;
    }

    /** Makes the stored updates durable (the embedded store commits its file) before they are acknowledged. */
    public void flush() {
        durability.ifPresent(StoreDurability::flush);
    }

    /**
     * Stores a received update; returns false when this update id was stored before (a duplicate).
     *
     * @param chatKey the key that orders handling (one chat), or null when the update belongs to no chat
     */
    public boolean store(String source, long updateId, String chatKey, String payload) {
        return receive(source, updateId, chatKey, payload).isPresent();
    }

    /**
     * Stores a received update and returns the stored entry (to hand to the workers once the batch is durable), or
     * nothing when this update id was stored before (a duplicate).
     */
    public Optional<InboxEntry> receive(String source, long updateId, String chatKey, String payload) {
        Instant now = clock.instant();
        String id = source + ":" + updateId;
        String key = chatKey != null ? chatKey : id;
        try {
            return Optional.of(mongo.insert(new InboxEntry(id, updateId, key, payload, nextSeq(now), now, null, 0,
                    null)));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /** Entries waiting to be handled, in the order they were received. */
    public List<InboxEntry> pending(int limit) {
        return pendingAfter(Long.MIN_VALUE, limit);
    }

    /** Entries waiting to be handled that were received after the entry with {@code seq}, in order. */
    List<InboxEntry> pendingAfter(long seq, int limit) {
        return mongo.find(query(where("handledAt").is(null).and("seq").gt(seq)).with(Sort.by("seq")).limit(limit),
                InboxEntry.class);
    }

    /** Whether the entry still waits to be handled (an entry read earlier may have been handled since). */
    boolean isPending(String id) {
        InboxEntry entry = mongo.findById(id, InboxEntry.class);
        return entry != null && entry.handledAt() == null;
    }

    public long pendingCount() {
        return mongo.count(query(where("handledAt").is(null)), InboxEntry.class);
    }

    void markHandled(InboxEntry entry) {
        mongo.updateFirst(query(where("_id").is(entry.id())), new Update().set("handledAt", clock.instant())
                .inc("attempts", 1), InboxEntry.class);
    }

    /** Records a failed attempt; after {@code maxAttempts} the entry is set aside (handled, with the error). */
    void markFailed(InboxEntry entry, String error, int maxAttempts) {
        Update update = new Update().inc("attempts", 1).set("lastError", error);
        if (entry.attempts() + 1 >= maxAttempts) {
            update.set("handledAt", clock.instant());
        }
        mongo.updateFirst(query(where("_id").is(entry.id())), update, InboxEntry.class);
    }

    /** Deletes entries handled before {@code before}; pending entries are never deleted. */
    public long purgeHandledBefore(Instant before) {
        Query q = query(where("handledAt").ne(null).lt(before));
        return mongo.remove(q, InboxEntry.class).getDeletedCount();
    }

    /** Micro-second timestamps, strictly increasing within this process, so entries keep their receiving order. */
    private long nextSeq(Instant now) {
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return lastSeq.updateAndGet(prev -> Math.max(prev + 1, micros));
    }
}
