package id.aduan.admin.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily (Asia/Jakarta, {@code aduan.retention.cron}): anonymises the complaints closed longer than
 * {@code aduan.retention.personal-data} exactly as a carried-out deletion request would, each with an audit entry.
 * Does nothing when no period is set.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final RetentionSettings settings;
    private final DataErasure erasure;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, DataErasure erasure, Clock clock) {
        this.settings = settings;
        this.erasure = erasure;
        this.clock = clock;
    }

    /** Runs one round now; returns the tickets anonymised. */
    @Scheduled(cron = "${aduan.retention.cron:0 30 3 * * *}", zone = "Asia/Jakarta")
    public List<String> run() {
        if (settings.personalData() == null) {
            return List.of();
        }
        Instant cutoff = clock.instant().atZone(JAKARTA).minus(settings.personalData()).toInstant();
        List<String> all = new ArrayList<>();
        try {
            List<String> batch;
            do {
                batch = erasure.eraseClosedBefore(cutoff, settings.batchSize());
                all.addAll(batch);
            } while (batch.size() == settings.batchSize());
        } catch (RuntimeException e) {
            log.warn("Retention round stopped after {} complaints, the next round continues: {}", all.size(),
                    e.toString());
        }
        if (!all.isEmpty()) {
            log.info("Anonymised {} complaints closed before {} (aduan.retention.personal-data={})", all.size(), cutoff,
                    settings.personalData());
        }
        return all;
    }
}
