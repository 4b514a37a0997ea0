package id.aduan.admin.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.admin.similar.ListOrder;
import id.aduan.admin.similar.ListRow;
import id.aduan.admin.similar.ListSlice;
import id.aduan.admin.similar.RowFilter;
import id.aduan.complaint.Complaint;

/**
 * The officers' list and the export, read the way that scales (ADR 0012): the filter, the caller's scope, the sort
 * and the total come from the in-memory list rows; only the complaints of the page are then read from the store, by
 * ticket number (its unique index, on the embedded store too) and without their transcripts, timelines, notes and
 * reporter. Each complaint read is checked against the filter and the scope again, so a row that is behind the
 * store never shows a complaint that does not match or is out of scope.
 */
@Component
public class ListedComplaints {

    /** What a list row or an export line never needs: the heavy and the personal parts of the document. */
    private static final String[] NOT_LISTED = {"transcript", "timeline", "internalNotes", "suggestion", "reporter"};
    private static final int EXPORT_BATCH = 500;

    private final MongoOperations mongo;
    private final ComplaintSearchIndex index;

    public ListedComplaints(MongoOperations mongo, ComplaintSearchIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    /** One page in the given order, with the exact number of matches; empty when the filter is outside the scope. */
    public Page page(ComplaintFilter filter, OfficerScope scope, ListOrder order, int page, int size) {
        var rows = filter.toRowFilter(index, scope);
        if (rows.isEmpty()) {
            return new Page(List.of(), 0);
        }
        ListSlice slice = index.list(rows.get(), order, (long) page * size, size);
        return new Page(read(slice.tickets(), rows.get()), slice.total());
    }

    /**
     * Every complaint whose row passes the filter (from {@link ComplaintFilter#toRowFilter}; empty: none), newest
     * first, read from the store in small batches as the stream is consumed.
     */
    public Stream<Complaint> stream(Optional<RowFilter> rows) {
        if (rows.isEmpty()) {
            return Stream.empty();
        }
        Stream<String> tickets = index.tickets(rows.get(), ListOrder.NEWEST);
        Iterator<String> ticketIterator = tickets.iterator();
        Iterator<Complaint> complaints = new Iterator<>() {
            private Iterator<Complaint> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && ticketIterator.hasNext()) {
                    List<String> next = new ArrayList<>(EXPORT_BATCH);
                    while (next.size() < EXPORT_BATCH && ticketIterator.hasNext()) {
                        next.add(ticketIterator.next());
                    }
                    batch = read(next, rows.get()).iterator();
                }
                return batch.hasNext();
            }

            @Override
            public Complaint next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(complaints, Spliterator.ORDERED), false)
                .onClose(tickets::close);
    }

    /** The complaints of these tickets in this order, still matching the filter (rows can lag behind the store). */
    private List<Complaint> read(List<String> tickets, Predicate<ListRow> filter) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        Query query = new Query(where("ticket").in(tickets));
        query.fields().exclude(NOT_LISTED);
        Map<String, Complaint> found = new LinkedHashMap<>();
        for (Complaint c : mongo.find(query, Complaint.class)) {
            found.put(c.ticket().toString(), c);
        }
        List<Complaint> listed = new ArrayList<>(tickets.size());
        for (String ticket : tickets) {
            Complaint c = found.get(ticket);
            if (c == null) {
                index.forget(ticket);
            } else if (filter.test(ListRow.of(c))) {
                listed.add(c);
            } else {
                index.put(c);
            }
        }
        return listed;
    }

    /** The complaints of one page and the number of matches in all. */
    public record Page(List<Complaint> complaints, long total) {
    }
}
