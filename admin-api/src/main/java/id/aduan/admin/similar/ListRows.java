package id.aduan.admin.similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every complaint's {@link ListRow}, newest first (then by ticket, so the order is total and stable). A page is one
 * pass over the rows: about a millisecond for 100,000 complaints, with an exact total.
 */
final class ListRows {

    static final Comparator<ListRow> NEWEST_FIRST = Comparator.comparing(ListRow::createdAt).reversed()
            .thenComparing(ListRow::ticket, Comparator.reverseOrder());
    /** Nearest deadline first; complaints without a deadline (closed, waiting for the citizen) last, newest first. */
    static final Comparator<ListRow> DEADLINE_FIRST = Comparator.comparing(ListRow::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(NEWEST_FIRST);

    private final Map<String, ListRow> byTicket = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<ListRow> ordered = new ConcurrentSkipListSet<>(NEWEST_FIRST);

    synchronized void put(ListRow row) {
        ListRow old = byTicket.put(row.ticket(), row);
        if (old != null) {
            ordered.remove(old);
        }
        ordered.add(row);
    }

    synchronized void remove(String ticket) {
        ListRow old = byTicket.remove(ticket);
        if (old != null) {
            ordered.remove(old);
        }
    }

    int size() {
        return byTicket.size();
    }

    ListSlice slice(Predicate<ListRow> filter, ListOrder order, long offset, int limit) {
        List<String> page = new ArrayList<>(limit);
        long total = 0;
        for (ListRow row : rows(filter, order)) {
            if (filter.test(row)) {
                if (total >= offset && page.size() < limit) {
                    page.add(row.ticket());
                }
                total++;
            }
        }
        return new ListSlice(page, total);
    }

    /**
     * The same page, but only among the rows of these tickets (a search's matches): each is looked up by ticket, so
     * the cost follows the number of tickets, not of all rows. Unknown tickets are left out.
     */
    ListSlice slice(Collection<String> among, Predicate<ListRow> filter, ListOrder order, long offset, int limit) {
        List<ListRow> matching = matching(among, filter, order);
        List<String> page = new ArrayList<>(limit);
        for (long i = offset; i < matching.size() && page.size() < limit; i++) {
            page.add(matching.get((int) i).ticket());
        }
        return new ListSlice(page, matching.size());
    }

    /** The tickets of {@link #slice(Collection, Predicate, ListOrder, long, int)}, all of them. */
    Stream<String> tickets(Collection<String> among, Predicate<ListRow> filter, ListOrder order) {
        return matching(among, filter, order).stream().map(ListRow::ticket);
    }

    private List<ListRow> matching(Collection<String> among, Predicate<ListRow> filter, ListOrder order) {
        List<ListRow> matching = new ArrayList<>(among.size());
        for (String ticket : among) {
            ListRow row = byTicket.get(ticket);
            if (row != null && filter.test(row)) {
                matching.add(row);
            }
        }
        matching.sort(switch (order) {
            case NEWEST -> NEWEST_FIRST;
            case OLDEST -> NEWEST_FIRST.reversed();
            case DEADLINE -> DEADLINE_FIRST;
        });
        return matching;
    }

    Stream<String> tickets(Predicate<ListRow> filter, ListOrder order) {
        return switch (order) {
            case NEWEST -> ordered.stream().filter(filter).map(ListRow::ticket);
            case OLDEST -> ordered.descendingSet().stream().filter(filter).map(ListRow::ticket);
            case DEADLINE -> ordered.stream().filter(filter).sorted(DEADLINE_FIRST).map(ListRow::ticket);
        };
    }

    private Iterable<ListRow> rows(Predicate<ListRow> filter, ListOrder order) {
        return switch (order) {
            case NEWEST -> ordered;
            case OLDEST -> ordered.descendingSet();
            // only the rows that pass are sorted (a filter usually leaves far fewer than all of them)
            case DEADLINE -> ordered.stream().filter(filter).sorted(DEADLINE_FIRST).toList();
        };
    }
}
