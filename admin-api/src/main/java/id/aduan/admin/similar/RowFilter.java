package id.aduan.admin.similar;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Which list rows the officers' list shows: a condition on the row (status, agency, scope, ...) and, for a
 * free-text search, the tickets the search index found ({@code among}; null: every row). Knowing the tickets lets
 * the list look up just those rows (at most {@code ComplaintFilter.SEARCH_LIMIT}) instead of testing all of them.
 */
public record RowFilter(Set<String> among, Predicate<ListRow> condition) implements Predicate<ListRow> {

    public RowFilter {
        among = among == null ? null : Set.copyOf(among);
    }

    /** Every row that meets the condition. */
    public static RowFilter every(Predicate<ListRow> condition) {
        return new RowFilter(null, condition);
    }

    @Override
    public boolean test(ListRow row) {
        return (among == null || among.contains(row.ticket())) && condition.test(row);
    }
}
