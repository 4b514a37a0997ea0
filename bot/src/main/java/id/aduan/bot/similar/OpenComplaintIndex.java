package id.aduan.bot.similar;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import id.aduan.complaint.Privacy;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * The bot's index of open complaints that may be offered to follow (never rahasia ones): a Lucene index of their
 * text, and in memory what the offer's filters and message need ({@link OpenComplaint}), so a lookup reads nothing
 * from the store. Loaded when the app is ready; then every complaint saved in this process is taken in as it is
 * saved (closed or rahasia ones are dropped), and with a real MongoDB the store is also polled for the saves of other
 * processes ({@link OpenComplaintPolling}).
 */
@Component
public class OpenComplaintIndex {

    private static final Logger log = LoggerFactory.getLogger(OpenComplaintIndex.class);
    /** Updates that land while a refresh runs are caught by looking back a little further each time. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final int BATCH = 500;

    private final ComplaintIndex index = new ComplaintIndex();
    private final Map<String, OpenComplaint> open = new ConcurrentHashMap<>();
    private final MongoOperations mongo;
    private final Clock clock;
    private volatile Instant seenUntil = Instant.EPOCH;

    public OpenComplaintIndex(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        refresh();
        log.info("Open complaints offered to follow: {}", open.size());
    }

    /** Reads the complaints updated since the last look. */
    public synchronized void refresh() {
        Instant now = clock.instant();
        // in batches: the first load reads every complaint, and one reply of them all can exceed what the driver
        // accepts (48 MB) on a large store
        // unsorted: the order does not matter (an older copy never replaces a newer one), and the embedded store
        // sorts by loading every match into memory, which alone needed more than 1 GB at 100,000 complaints
        Query changed = new Query(where("updatedAt").gte(seenUntil.minus(OVERLAP))).cursorBatchSize(500);
        // only what the offer needs (the reporter's chat, the followers, the text, place and status)
        changed.fields().exclude("transcript", "timeline", "internalNotes", "suggestion", "notifications");
        List<IndexedComplaint> batch = new ArrayList<>();
        try (var stream = mongo.stream(changed, Complaint.class)) {
            stream.forEach(c -> {
                take(c, batch);
                if (batch.size() >= BATCH) { // one searcher refresh per batch, not per complaint
                    index.putAll(batch);
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            index.putAll(batch);
        }
        seenUntil = now;
    }

    /** Every complaint saved through Spring Data in this process: followed, closed, erased at once. */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Complaint c) {
            put(c);
        }
    }

    /** Takes in one complaint now, or drops it when it is closed or rahasia; an older copy changes nothing. */
    public synchronized void put(Complaint c) {
        List<IndexedComplaint> toIndex = new ArrayList<>(1);
        take(c, toIndex);
        if (!toIndex.isEmpty()) {
            index.putAll(toIndex);
        }
    }

    /** Updates the open complaints' records; what the Lucene index must (re)index is added to {@code toIndex}. */
    private void take(Complaint c, List<IndexedComplaint> toIndex) {
        String ticket = c.ticket().toString();
        OpenComplaint known = open.get(ticket);
        OpenComplaint copy = OpenComplaint.of(c);
        if (known != null && !known.notNewerThan(copy)) {
            return;
        }
        if (c.status().isOpen() && c.privacy() != Privacy.RAHASIA) {
            if (known == null || !known.indexedAlike(copy)) {
                toIndex.add(new IndexedComplaint(ticket, c.description(),
                        c.category().map(CategoryCode::value).orElse(null), c.location(), c.createdAt()));
            }
            open.put(ticket, copy);
        } else if (open.remove(ticket) != null) {
            index.remove(ticket);
        }
    }

    /** Tickets of indexed complaints like this text, most similar first. */
    List<SimilarComplaint> similar(String text, CategoryCode category, String place, int limit) {
        return index.similar(text, category, place, limit);
    }

    /** The open complaint as last saved, when it is still open and not rahasia. */
    Optional<OpenComplaint> find(String ticket) {
        return Optional.ofNullable(open.get(ticket));
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
