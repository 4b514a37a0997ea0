package id.aduan.admin.complaint;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.ticket.TicketNumber;

/** Open complaints (of the caller's agencies) likely the same problem as one complaint: candidates for merging. */
@RestController
class SimilarComplaintsController {

    static final int LIMIT = 5;

    private final TicketLookup lookup;
    private final ComplaintRepository complaints;
    private final ComplaintSearchIndex index;
    private final ComplaintViews views;

    SimilarComplaintsController(TicketLookup lookup, ComplaintRepository complaints, ComplaintSearchIndex index,
                                ComplaintViews views) {
        this.lookup = lookup;
        this.complaints = complaints;
        this.index = index;
        this.views = views;
    }

    @GetMapping("/api/complaints/{ticket}/similar")
    List<Similar> similar(@PathVariable String ticket) {
        OfficerScope scope = OfficerScope.current();
        Complaint complaint = lookup.byTicket(ticket, scope);
        return index.similar(complaint.description(), complaint.category().orElse(null), complaint.location(),
                        LIMIT * 4).stream()
                .filter(s -> !s.id().equals(ticket))
                .flatMap(s -> TicketNumber.tryParse(s.id()).flatMap(complaints::findByTicket)
                        .filter(c -> c.status().isOpen())
                        .filter(c -> scope.covers(c.agency().map(AgencyCode::value).orElse(null)))
                        .map(c -> new Similar(views.summary(c), s.score())).stream())
                .limit(LIMIT).toList();
    }

    /** An open complaint and how similar it is (0 to 1). */
    record Similar(ComplaintSummary complaint, double score) {
    }
}
