package id.aduan.admin.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.complaint.ComplaintFilter;
import id.aduan.admin.learning.ClassifierLearning;
import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.TimelineEntry;
import id.aduan.models.status.ComplaintStatus;

/**
 * Statistics over complaints received in a period (default: the last 30 days), optionally for one agency, always
 * within the caller's agencies (all for admins).
 */
@RestController
class StatisticsController {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final MongoOperations mongo;
    private final ComplaintSearchIndex search;
    private final ClassifierLearning learning;
    private final Clock clock;

    StatisticsController(MongoOperations mongo, ComplaintSearchIndex search, ClassifierLearning learning,
                         Clock clock) {
        this.mongo = mongo;
        this.search = search;
        this.learning = learning;
        this.clock = clock;
    }

    @GetMapping("/api/statistics")
    Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String agency) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        var query = new ComplaintFilter(null, null, null, agency, null, start, end)
                .toQuery(search, OfficerScope.current());
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byAgency = new TreeMap<>();
        List<Double> toVerification = new ArrayList<>();
        List<Double> toFollowUp = new ArrayList<>();
        long total = 0;
        long overdue = 0;
        long followedUp = 0;
        long actionable = 0;
        // in batches: one reply for a long period can exceed what the driver accepts (48 MB) on a large store
        try (var complaints = query.map(scoped -> mongo.stream(scoped.cursorBatchSize(500), Complaint.class))
                .orElseGet(java.util.stream.Stream::empty)) {
            for (Complaint c : (Iterable<Complaint>) complaints::iterator) {
                total++;
                byStatus.merge(c.status().code(), 1L, Long::sum);
                byCategory.merge(c.category().map(Object::toString).orElse("belum-ditentukan"), 1L, Long::sum);
                byAgency.merge(c.agency().map(Object::toString).orElse("belum-ditentukan"), 1L, Long::sum);
                if (c.overdue()) {
                    overdue++;
                }
                hoursUntil(c, ComplaintStatus.TERVERIFIKASI).ifPresent(toVerification::add);
                Optional<Double> followUp = hoursUntil(c, ComplaintStatus.DITINDAKLANJUTI);
                followUp.ifPresent(toFollowUp::add);
                if (c.status() != ComplaintStatus.DIARSIPKAN) {
                    actionable++;
                    if (followUp.isPresent() || c.status() == ComplaintStatus.SELESAI) {
                        followedUp++;
                    }
                }
            }
        }
        return new Statistics(start, end, total, byStatus, byCategory, byAgency, overdue, median(toVerification),
                median(toFollowUp), actionable == 0 ? null : (double) followedUp / actionable, learning.accuracy());
    }

    private static Optional<Double> hoursUntil(Complaint c, ComplaintStatus status) {
        return c.timeline().stream().filter((TimelineEntry t) -> t.to() == status && t.from() != t.to()).findFirst()
                .map(t -> Duration.between(c.createdAt(), t.at()).toMinutes() / 60.0);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
