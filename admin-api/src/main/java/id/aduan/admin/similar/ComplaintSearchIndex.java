package id.aduan.admin.similar;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.classifier.similar.ComplaintIndex;
import id.aduan.classifier.similar.IndexedComplaint;
import id.aduan.classifier.similar.SimilarComplaint;
import id.aduan.complaint.Complaint;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * Keeps a Lucene index of all complaints (id = ticket number) in step with the store: a full load when the app is
 * ready, then every few seconds the complaints updated since the last look.
 */
@Component
public class ComplaintSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(ComplaintSearchIndex.class);
    /** Updates that land while a refresh runs are caught by looking back a little further each time. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final ComplaintIndex index = new ComplaintIndex();
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

    @Scheduled(fixedDelayString = "${aduan.search.refresh-interval:5s}", initialDelayString = "5s")
    public synchronized void refresh() {
        Instant now = clock.instant();
        Query changed = new Query(where("updatedAt").gte(seenUntil.minus(OVERLAP)))
                .with(Sort.by("updatedAt"));
        try (var stream = mongo.stream(changed, Complaint.class)) {
            stream.forEach(this::put);
        }
        seenUntil = now;
    }

    /** Indexes one complaint now (e.g. right after it was stored) instead of at the next refresh. */
    public void put(Complaint c) {
        index.put(new IndexedComplaint(c.ticket().toString(), c.description(),
                c.category().map(CategoryCode::value).orElse(null), c.location(), c.createdAt()));
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
