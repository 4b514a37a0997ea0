package id.aduan.bot.similar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.SimilarReport;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.Privacy;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.ticket.TicketNumber;

/**
 * Open complaints by others that are likely the same problem as a report being written: similar text (Lucene
 * MoreLikeThis, then TF-IDF cosine), the same category when the classifier is sure of it, a compatible place when
 * both are known, created recently. Never the chat's own or already followed complaints, never rahasia ones.
 */
@Component
public class SimilarReports {

    static final int LIMIT = 3;

    private final OpenComplaintIndex index;
    private final ComplaintRepository complaints;
    private final SimilarSettings settings;
    private final Clock clock;

    public SimilarReports(OpenComplaintIndex index, ComplaintRepository complaints, SimilarSettings settings,
                          Clock clock) {
        this.index = index;
        this.complaints = complaints;
        this.settings = settings;
        this.clock = clock;
    }

    /** Most similar first; the title is the complaint's full text (the conversation shortens and masks it). */
    public List<SimilarReport> find(ChatRef chat, String text, CategoryCode category, String place, Double latitude,
                                    Double longitude) {
        Instant since = clock.instant().minus(settings.maxAge());
        return index.similar(text, category, place, LIMIT * 4).stream()
                .filter(s -> s.score() >= settings.minScore())
                .flatMap(s -> TicketNumber.tryParse(s.id()).flatMap(complaints::findByTicket).stream())
                .filter(c -> c.status().isOpen() && c.privacy() != Privacy.RAHASIA)
                .filter(c -> !c.reporter().chat().equals(chat) && !c.isFollowedBy(chat))
                .filter(c -> !c.createdAt().isBefore(since))
                .filter(c -> SamePlace.possible(place, latitude, longitude, c.location(), c.latitude(),
                        c.longitude(), settings.maxDistanceMeters()))
                .limit(LIMIT)
                .map(c -> new SimilarReport(c.ticket().toString(), c.description(), c.status().displayName(),
                        c.location()))
                .toList();
    }

    /** Makes a just stored complaint findable at once. */
    public void indexNow(Complaint complaint) {
        index.put(complaint);
    }
}
