package id.aduan.bot.similar;

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
import id.aduan.complaint.Privacy;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * The bot's Lucene index of open complaints that may be offered to follow (never rahasia ones): loaded when the app
 * is ready, then every few seconds the complaints updated since the last look are added, or removed once closed.
 * The bot also indexes each complaint it stores at once, so a new report can be found within the same second.
 */
@Component
public class OpenComplaintIndex {

    private static final Logger log = LoggerFactory.getLogger(OpenComplaintIndex.class);
    /** Updates that land while a refresh runs are caught by looking back a little further each time. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private final ComplaintIndex index = new ComplaintIndex();
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
        log.info("Open complaints offered to follow: {}", index.size());
    }

    @Scheduled(fixedDelayString = "${aduan.bot.similar.refresh-interval:5s}", initialDelayString = "5s")
    public synchronized void refresh() {
        Instant now = clock.instant();
        // in batches: the first load reads every complaint, and one reply of them all can exceed what the driver
        // accepts (48 MB) on a large store
        Query changed = new Query(where("updatedAt").gte(seenUntil.minus(OVERLAP))).with(Sort.by("updatedAt"))
                .cursorBatchSize(500);
        try (var stream = mongo.stream(changed, Complaint.class)) {
            stream.forEach(this::put);
        }
        seenUntil = now;
    }

    /** Indexes one complaint now, or drops it when it is closed or rahasia. */
    public void put(Complaint c) {
        if (c.status().isOpen() && c.privacy() != Privacy.RAHASIA) {
            index.put(new IndexedComplaint(c.ticket().toString(), c.description(),
                    c.category().map(CategoryCode::value).orElse(null), c.location(), c.createdAt()));
        } else {
            index.remove(c.ticket().toString());
        }
    }

    /** Tickets of indexed complaints like this text, most similar first. */
    List<SimilarComplaint> similar(String text, CategoryCode category, String place, int limit) {
        return index.similar(text, category, place, limit);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
