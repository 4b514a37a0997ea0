package id.aduan.admin.similar;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import id.aduan.classifier.similar.ComplaintIndex;
import id.aduan.classifier.similar.IndexedComplaint;
import id.aduan.classifier.similar.SimilarComplaint;
import id.aduan.complaint.Complaint;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * The admin API's in-memory read model of all complaints: a Lucene index of their text (id = ticket number) for
 * search and similar complaints, and the {@link ListRow}s the officers' list filters, sorts and pages on (ADR 0012).
 * Kept in step with the store: a full load when the app is ready, every complaint saved in this process as it is
 * saved, and every few seconds the complaints updated since the last look (saves of other processes).
 */
@Component
public class ComplaintSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(ComplaintSearchIndex.class);
    /** Updates that land while a refresh runs are caught by looking back a little further each time. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    /**
     * Complaints per reply. Without a batch size mongo-java-server answers a query with one reply holding every
     * match, and the driver refuses replies above 48 MB: at 100,000 complaints the start-up load failed.
     */
    private static final int BATCH = 500;

    private final ComplaintIndex index = new ComplaintIndex();
    private final ListRows rows = new ListRows();
    private final MongoOperations mongo;
    private final Clock clock;
    private volatile Instant seenUntil = Instant.EPOCH;

    public ComplaintSearchIndex(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        refresh();
        log.info("Complaint search index holds {} complaints", index.size());
    }

    /** Reads the complaints updated since the last look (see {@link StorePolling} for when this runs). */
    public synchronized void refresh() {
        Instant now = clock.instant();
        // unsorted: each complaint is read once per refresh, so the order does not matter, and the embedded store
        // sorts by loading every match into memory (more than 1 GB of heap at 100,000 complaints)
        Query changed = new Query(where("updatedAt").gte(seenUntil.minus(OVERLAP))).cursorBatchSize(BATCH);
        // only what the index keeps: without this the first load of 100,000 complaints is 300 MB of transcripts
        changed.fields().exclude("transcript", "timeline", "internalNotes", "suggestion", "reporter",
                "notifications");
        try (var stream = mongo.stream(changed, Complaint.class)) {
            List<Complaint> batch = new ArrayList<>(BATCH);
            stream.forEach(c -> {
                batch.add(c);
                if (batch.size() == BATCH) {
                    putAll(batch);
                    batch.clear();
                }
            });
            putAll(batch);
        }
        seenUntil = now;
    }

    /** Every complaint saved through Spring Data in this process is indexed at once, not at the next refresh. */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Complaint c) {
            put(c);
        }
    }

    /** Indexes one complaint now (e.g. right after it was stored) instead of at the next refresh. */
    public void put(Complaint c) {
        putAll(List.of(c));
    }

    /** Indexes these complaints, searchable together (one index refresh for all: the start-up load is 100,000). */
    private void putAll(List<Complaint> complaints) {
        if (complaints.isEmpty()) {
            return;
        }
        complaints.forEach(c -> rows.put(ListRow.of(c)));
        index.putAll(complaints.stream().map(c -> new IndexedComplaint(c.ticket().toString(), c.description(),
                c.category().map(CategoryCode::value).orElse(null), c.location(), c.createdAt())).toList());
    }

    /** Drops the list row of a complaint that is no longer in the store. */
    public void forget(String ticket) {
        rows.remove(ticket);
    }

    /**
     * One page of the list: the tickets of the rows that pass the filter, in the given order, from {@code offset},
     * and how many pass in all.
     */
    public ListSlice list(RowFilter filter, ListOrder order, long offset, int limit) {
        return filter.among() == null ? rows.slice(filter, order, offset, limit)
                : rows.slice(filter.among(), filter.condition(), order, offset, limit);
    }

    /** Every ticket whose row passes the filter, in the given order (for streaming exports). */
    public Stream<String> tickets(RowFilter filter, ListOrder order) {
        return filter.among() == null ? rows.tickets(filter, order)
                : rows.tickets(filter.among(), filter.condition(), order);
    }

    /** Tickets of complaints like this text, most similar first (the caller filters by status). */
    public List<SimilarComplaint> similar(String text, CategoryCode category, String place, int limit) {
        return index.similar(text, category, place, limit);
    }

    /** Tickets matching a free-text query, best first; any input is safe. */
    public List<String> search(String query, int limit) {
        return index.search(query, limit);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
