package id.aduan.bot.similar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.SimilarReport;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * Open complaints by others that are likely the same problem as a report being written: similar text (Lucene
 * MoreLikeThis, then TF-IDF cosine), the same category when the classifier is sure of it, a compatible place when
 * both are known, created recently. Never the chat's own or already followed complaints, never rahasia ones.
 */
@Component
public class SimilarReports {

    static final int LIMIT = 3;

    private final OpenComplaintIndex index;
    private final SimilarSettings settings;
    private final Clock clock;

    public SimilarReports(OpenComplaintIndex index, SimilarSettings settings, Clock clock) {
        this.index = index;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Most similar first; the title is the complaint's full text (the conversation shortens and masks it). Reads
     * nothing from the store: the index keeps each open complaint as last saved (status, privacy, reporter,
     * followers), so a complaint closed or followed after it was indexed is judged as it is now.
     */
    public List<SimilarReport> find(ChatRef chat, String text, CategoryCode category, String place, Double latitude,
                                    Double longitude) {
        Instant since = clock.instant().minus(settings.maxAge());
        return index.similar(text, category, place, LIMIT * 4).stream()
                .filter(s -> s.score() >= settings.minScore())
                .flatMap(s -> index.find(s.id()).stream())
                .filter(c -> !c.concerns(chat))
                .filter(c -> !c.createdAt().isBefore(since))
                .filter(c -> SamePlace.possible(place, latitude, longitude, c.location(), c.latitude(),
                        c.longitude(), settings.maxDistanceMeters()))
                .limit(LIMIT)
                .map(c -> new SimilarReport(c.ticket(), c.description(), c.statusName(), c.location()))
                .toList();
    }

    /** Makes a just stored complaint findable at once. */
    public void indexNow(Complaint complaint) {
        index.put(complaint);
    }
}
