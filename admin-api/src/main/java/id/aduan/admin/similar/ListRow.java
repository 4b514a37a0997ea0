package id.aduan.admin.similar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.Deadline;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * What the officers' list filters and sorts on, for one complaint: a few codes and instants, kept in memory for
 * every complaint so that a page is found without scanning the store.
 */
public record ListRow(String ticket, String status, String category, String agency, boolean overdue,
                      Instant createdAt, boolean hasPhoto, String place, LocalDate dueDate) {

    public static ListRow of(Complaint c) {
        return new ListRow(c.ticket().toString(), c.status().code(), c.category().map(CategoryCode::value).orElse(null),
                c.agency().map(AgencyCode::value).orElse(null), c.overdue(), c.createdAt(),
                !c.photos().isEmpty(), // attachments are made from these photos at receipt, as toQuery reads it
                c.location() == null ? null : c.location().toLowerCase(Locale.ROOT),
                c.deadline().map(Deadline::dueDate).orElse(null));
    }

    /** A row with no photo, no known place and no deadline. */
    public ListRow(String ticket, String status, String category, String agency, boolean overdue, Instant createdAt) {
        this(ticket, status, category, agency, overdue, createdAt, false, null, null);
    }

    /** Whether the typed address names this region (a kelurahan, kecamatan or street), ignoring case. */
    public boolean inRegion(String region) {
        return place != null && place.contains(region.strip().toLowerCase(Locale.ROOT));
    }
}
