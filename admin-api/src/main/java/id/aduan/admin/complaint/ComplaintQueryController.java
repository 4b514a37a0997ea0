package id.aduan.admin.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

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
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;

/** Lists and shows complaints to officers. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    static final int SEARCH_LIMIT = 1000;

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
     * Newest first; filter by status, category and agency codes, overdue, and by free text ({@code q}, matched by the Lucene
     * index, so it works on the embedded store too); at most 100 per page. Only complaints of the caller's agencies
     * (all for admins) are counted and listed.
     */
    @GetMapping
    ComplaintPage list(@RequestParam(required = false) @Size(max = 200) String q,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String category,
                       @RequestParam(required = false) String agency,
                       @RequestParam(required = false) Boolean overdue,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Query query = new Query();
        if (q != null && !q.isBlank()) {
            query.addCriteria(where("ticket").in(search.search(q, SEARCH_LIMIT)));
        }
        if (status != null) {
            ComplaintStatus s = ComplaintStatus.fromCode(status).orElseThrow(() ->
                    new UnknownFilterValue("status", status));
            query.addCriteria(where("status").is(s.code()));
        }
        if (category != null) {
            query.addCriteria(where("category").is(code("category", () -> CategoryCode.of(category).value())));
        }
        OfficerScope scope = OfficerScope.current();
        if (agency != null) {
            String wanted = code("agency", () -> AgencyCode.of(agency).value());
            if (!scope.covers(wanted)) {
                return new ComplaintPage(java.util.List.of(), page, size, 0);
            }
            query.addCriteria(where("agency").is(wanted));
        } else {
            scope.criteria().ifPresent(query::addCriteria);
        }
        if (overdue != null) {
            query.addCriteria(where("overdue").is(overdue));
        }
        long total = mongo.count(query, Complaint.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        var items = mongo.find(query, Complaint.class).stream().map(views::summary).toList();
        return new ComplaintPage(items, page, size, total);
    }

    @GetMapping("/{ticket}")
    ComplaintDetails show(@PathVariable String ticket) {
        return views.details(lookup.byTicket(ticket));
    }

    private static String code(String field, java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UnknownFilterValue(field, e.getMessage());
        }
    }
}
