package id.aduan.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which complaints owe a notification, kept in this process so that the outbox finds them without asking the store
 * (ADR 0021). Only with the embedded store ({@code spring.mongodb.uri} not set): mongo-java-server answers the
 * outbox's query ({@code $elemMatch} on {@code notifications}) only by reading the whole collection while holding its
 * lock, and the embedded store lives in this process, so every write to a complaint passes through here. With a real
 * MongoDB, where several instances share the store, the outbox queries it (an index serves that query there).
 *
 * <p>Per complaint it holds how many notifications are pending and the earliest time one of them is due (the first
 * pending one of each chat: later ones wait for it), as of a version of the complaint: read once from the store when first needed, then from every complaint saved through
 * Spring Data (its save event) and every change the outbox makes itself. A version never replaces a later one, so
 * save events that arrive out of order do no harm. Entries may claim more than the store holds (a notification sent
 * since, a complaint gone): the outbox reads each candidate by id before it sends and corrects the entry. They never
 * claim less, so no pending notification is missed.
 */
@Component
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class PendingNotifications {

    /**
     * Complaints per reply in the first read. Without a batch size mongo-java-server answers with one reply holding
     * every match, and the driver refuses replies above 48 MB.
     */
    private static final int BATCH = 500;

    /** A complaint's pending notifications as of {@code version}: how many, and when the first is due. */
    private record Entry(long version, int pending, Instant firstDue) {
    }

    private final MongoOperations mongo;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    PendingNotifications(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Every complaint saved through Spring Data in this process (officers' actions, submissions, merges, erasure). */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Complaint c) {
            observe(c);
        }
    }

    /** Records the complaint's notifications as read or written at its version. */
    void observe(Complaint complaint) {
        observe(complaint.id(), complaint.version(), complaint.notifications());
    }

    /** Records the notifications a complaint holds at {@code version} (e.g. right after the outbox changed one). */
    void observe(String complaintId, Long version, List<Notification> notifications) {
        long at = version == null ? -1 : version;
        int pending = 0;
        Instant firstDue = null;
        Set<ChatRef> chats = new HashSet<>(); // null: the reporter's chat
        for (Notification n : notifications) {
            if (n.state() != NotificationState.PENDING) {
                continue;
            }
            pending++;
            // a later notification to the same chat waits for the first pending one (NotificationOutbox.due)
            if (chats.add(n.recipient()) && (firstDue == null || n.nextAttemptAt().isBefore(firstDue))) {
                firstDue = n.nextAttemptAt();
            }
        }
        int count = pending;
        Instant first = firstDue;
        entries.compute(complaintId, (id, old) -> {
            if (old != null && old.version() > at) {
                return old; // a later version was seen already
            }
            return count == 0 ? null : new Entry(at, count, first);
        });
    }

    /** The complaint is not in the store (any more). */
    void forget(String complaintId) {
        entries.remove(complaintId);
    }

    /**
     * Ids of complaints with a notification due at {@code now}, the longest waiting first; at most {@code limit}.
     */
    List<String> due(Instant now, int limit) {
        load();
        return entries.entrySet().stream()
                .filter(e -> !e.getValue().firstDue().isAfter(now))
                .sorted(Comparator.comparing(e -> e.getValue().firstDue()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Pending notifications across all complaints. */
    long backlog() {
        load();
        return entries.values().stream().mapToLong(Entry::pending).sum();
    }

    /** Forgets everything and reads the complaints with pending notifications from the store again. */
    synchronized void reload() {
        entries.clear();
        loaded = false;
        load();
    }

    /**
     * The first read: the complaints with a pending notification, once, in batches. Saves that happen meanwhile are
     * recorded by their events; the version decides which of the two counts.
     */
    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            Query owing = query(where("notifications").elemMatch(
                    where("state").is(NotificationState.PENDING.name()))).cursorBatchSize(BATCH);
            owing.fields().exclude("transcript", "timeline", "internalNotes", "suggestion");
            try (var stream = mongo.stream(owing, Complaint.class)) {
                stream.forEach(this::observe);
            }
            loaded = true;
        }
    }
}
