package id.aduan.bot.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.bulk.BulkWriteError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.aduan.complaint.store.GroupCommit;
import id.aduan.complaint.store.StoreDurability;

/**
 * The store of received updates (collection {@code inbox}). {@link #store} is the only write on the receiving
 * path: it inserts the update under its id, so an update seen before (same batch, a later poll, after a restart,
 * ids out of order) is refused by the primary key, whatever order the ids come in. Handled entries are kept for
 * the retention period (at least 48 hours, longer than Telegram keeps an update) and then purged.
 *
 * <p>Writes are grouped where that changes no guarantee, because on the embedded store every operation is a round
 * trip through the driver and the server's per-collection lock: a polled batch is inserted with one unordered
 * insert ({@link #insertNew}), and the workers' {@link #markHandled} calls that arrive while one is being written
 * are written together with the next one (each caller still returns only once its own entry is marked).
 */
@Component
public class Inbox {

    static final String COLLECTION = "inbox";

    private final MongoOperations mongo;
    private final Clock clock;
    private final AtomicLong lastSeq = new AtomicLong();
    private final Optional<StoreDurability> durability;
    /** Group commit of markHandled: the ids waiting for the next write, and whether a write is under way. */
    /** "Handled" marks written together: one update of their ids. */
    private final GroupCommit<String> handledMarks;

    /** An update as received, before it is stored. */
    public record Received(long updateId, String chatKey, String payload) {
    }

    public Inbox(MongoOperations mongo, Clock clock, Optional<StoreDurability> durability) {
        this.mongo = mongo;
        this.clock = clock;
        this.durability = durability;
        this.handledMarks = new GroupCommit<>(ids -> mongo.updateMulti(query(where("_id").in(ids)),
                new Update().set("handledAt", clock.instant()).inc("attempts", 1), InboxEntry.class));
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

    /**
     * The entries a received batch becomes, each with its receiving order fixed; pass them to {@link #insertNew}
     * (again, after a failure: an entry an earlier attempt stored is then recognised as this batch's own).
     */
    public List<InboxEntry> entries(String source, List<Received> updates) {
        Instant now = clock.instant();
        List<InboxEntry> entries = new ArrayList<>(updates.size());
        for (Received update : updates) {
            String id = source + ":" + update.updateId();
            String key = update.chatKey() != null ? update.chatKey() : id;
            entries.add(new InboxEntry(id, update.updateId(), key, update.payload(), nextSeq(now), now, null, 0,
                    null));
        }
        return entries;
    }

    /**
     * Inserts the entries with one unordered insert and returns those stored now, in their order: an entry whose id
     * was stored before (a duplicate: the same update twice in the batch, or seen in an earlier poll or before a
     * restart) is left out, unless the stored one is this very entry (stored by an earlier attempt at the same
     * batch that failed after the write). Any other failure is thrown; the call can then be repeated.
     */
    public List<InboxEntry> insertNew(List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        if (entries.size() == 1) { // the usual batch when traffic is light: a plain insert costs less than a bulk one
            InboxEntry entry = entries.getFirst();
            try {
                mongo.insert(entry);
                return entries;
            } catch (DuplicateKeyException e) {
                return isOwn(entry) ? entries : List.of();
            }
        }
        Set<Integer> refused = new HashSet<>();
        try {
            mongo.bulkOps(BulkMode.UNORDERED, InboxEntry.class).insert(entries).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
        }
        List<InboxEntry> stored = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            InboxEntry entry = entries.get(i);
            if (!refused.contains(i) || isOwn(entry)) {
                stored.add(entry);
            }
        }
        return stored;
    }

    /** Whether the stored entry with this id is this one (same receiving order), not an earlier update's. */
    private boolean isOwn(InboxEntry entry) {
        InboxEntry existing = mongo.findById(entry.id(), InboxEntry.class);
        return existing != null && existing.seq() == entry.seq();
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

    /**
     * Marks the entry handled; returns once that is written. Calls made while another write is under way wait for
     * it and are then written together, in one update of their ids (a group commit): under load that is one write
     * for many entries, and alone it is one write, as before.
     */
    void markHandled(InboxEntry entry) {
        handledMarks.write(entry.id());
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
