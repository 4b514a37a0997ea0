package id.aduan.admin.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.mongodb.core.query.Query;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * The officers' filter over complaints, shared by the list, the export and the statistics: status, category,
 * agency, overdue, received between two instants, and free text through the search index.
 */
public record ComplaintFilter(String q, String status, String category, String agency, Boolean overdue,
                              Instant from, Instant to) {

    /** Most matches free-text search contributes to one query. */
    public static final int SEARCH_LIMIT = 1000;

    /**
     * The query for this filter within what the caller may see; empty when the filter asks for an agency outside
     * the caller's scope (nothing to show, and nothing revealed about that agency).
     */
    public Optional<Query> toQuery(ComplaintSearchIndex search, OfficerScope scope) {
        Query query = new Query();
        if (q != null && !q.isBlank()) {
            query.addCriteria(where("ticket").in(search.search(q, SEARCH_LIMIT)));
        }
        if (status != null) {
            ComplaintStatus s = ComplaintStatus.fromCode(status).orElseThrow(() ->
                    new UnknownValue("status", status));
            query.addCriteria(where("status").is(s.code()));
        }
        if (category != null) {
            query.addCriteria(where("category").is(code("category", () -> CategoryCode.of(category).value())));
        }
        if (agency != null) {
            String wanted = code("agency", () -> AgencyCode.of(agency).value());
            if (!scope.covers(wanted)) {
                return Optional.empty();
            }
            query.addCriteria(where("agency").is(wanted));
        } else {
            scope.criteria().ifPresent(query::addCriteria);
        }
        if (overdue != null) {
            query.addCriteria(where("overdue").is(overdue));
        }
        if (from != null || to != null) {
            var created = where("createdAt");
            if (from != null) {
                created = created.gte(from);
            }
            if (to != null) {
                created = created.lt(to);
            }
            query.addCriteria(created);
        }
        return Optional.of(query);
    }

    private static String code(String field, Supplier<String> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UnknownValue(field, e.getMessage());
        }
    }
}
