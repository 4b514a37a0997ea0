package id.aduan.admin.complaint;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;

/** Lists and shows complaints to officers. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    private final TicketLookup lookup;
    private final MongoOperations mongo;
    private final ComplaintViews views;
    private final ComplaintSearchIndex search;

    ComplaintQueryController(TicketLookup lookup, MongoOperations mongo, ComplaintViews views,
                             ComplaintSearchIndex search) {
        this.lookup = lookup;
        this.search = search;
        this.mongo = mongo;
        this.views = views;
    }

    /**
     * Newest first; filter by status, category and agency codes, overdue, and free text ({@code q}, matched by the
     * Lucene index, so it works on the embedded store too); at most 100 per page. Only complaints of the caller's
     * agencies (all for admins) are counted and listed.
     */
    @GetMapping
    ComplaintPage list(@RequestParam(required = false) @Size(max = 200) String q,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String category,
                       @RequestParam(required = false) String agency,
                       @RequestParam(required = false) Boolean overdue,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var scoped = new ComplaintFilter(q, status, category, agency, overdue, null, null)
                .toQuery(search, OfficerScope.current());
        if (scoped.isEmpty()) {
            return new ComplaintPage(List.of(), page, size, 0);
        }
        Query query = scoped.get();
        long total = mongo.count(query, Complaint.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        var items = mongo.find(query, Complaint.class).stream().map(views::summary).toList();
        return new ComplaintPage(items, page, size, total);
    }

    @GetMapping("/{ticket}")
    ComplaintDetails show(@PathVariable String ticket) {
        return views.details(lookup.byTicket(ticket));
    }
}
