package id.aduan.admin.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Query;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.admin.similar.ListRow;
import id.aduan.admin.similar.RowFilter;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * The officers' filter over complaints, shared by the list, the export and the statistics: status, category,
 * agency, overdue, received between two instants, with or without photos, a region named in the typed address
 * (kelurahan, kecamatan or street; case ignored), and free text through the search index.
 */
public record ComplaintFilter(String q, String status, String category, String agency, Boolean overdue,
                              Instant from, Instant to, Boolean hasPhoto, String region) {

    public ComplaintFilter(String q, String status, String category, String agency, Boolean overdue, Instant from,
                           Instant to) {
        this(q, status, category, agency, overdue, from, to, null, null);
    }

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
        if (hasPhoto != null) {
            query.addCriteria(where("photos.0").exists(hasPhoto));
        }
        if (region != null && !region.isBlank()) {
            query.addCriteria(where("location").regex(Pattern.quote(region.strip()), "i"));
        }
        return Optional.of(query);
    }

    /**
     * The same filter over the in-memory list rows (see {@link ComplaintSearchIndex#list}): a row passes when the
     * stored complaint would match {@link #toQuery}, including the caller's scope. Empty when the filter asks for an
     * agency outside the scope.
     */
    public Optional<RowFilter> toRowFilter(ComplaintSearchIndex search, OfficerScope scope) {
        Predicate<ListRow> filter = row -> true;
        Set<String> found = null;
        if (q != null && !q.isBlank()) {
            // the list then looks up these (at most 1,000) rows instead of testing every row against them
            found = new HashSet<>(search.search(q, SEARCH_LIMIT));
        }
        if (status != null) {
            String s = ComplaintStatus.fromCode(status).orElseThrow(() -> new UnknownValue("status", status)).code();
            filter = filter.and(row -> s.equals(row.status()));
        }
        if (category != null) {
            String c = code("category", () -> CategoryCode.of(category).value());
            filter = filter.and(row -> c.equals(row.category()));
        }
        if (agency != null) {
            String wanted = code("agency", () -> AgencyCode.of(agency).value());
            if (!scope.covers(wanted)) {
                return Optional.empty();
            }
            filter = filter.and(row -> wanted.equals(row.agency()));
        } else if (!scope.everyAgency()) {
            filter = filter.and(row -> scope.covers(row.agency()));
        }
        if (overdue != null) {
            boolean o = overdue;
            filter = filter.and(row -> row.overdue() == o);
        }
        if (from != null) {
            filter = filter.and(row -> !row.createdAt().isBefore(from));
        }
        if (to != null) {
            filter = filter.and(row -> row.createdAt().isBefore(to));
        }
        if (hasPhoto != null) {
            boolean wanted = hasPhoto;
            filter = filter.and(row -> row.hasPhoto() == wanted);
        }
        if (region != null && !region.isBlank()) {
            filter = filter.and(row -> row.inRegion(region));
        }
        return Optional.of(new RowFilter(found, filter));
    }

    private static String code(String field, Supplier<String> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UnknownValue(field, e.getMessage());
        }
    }
}
