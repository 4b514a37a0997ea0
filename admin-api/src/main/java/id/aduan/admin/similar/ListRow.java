package id.aduan.admin.similar;

import java.time.Instant;

import id.aduan.complaint.Complaint;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * What the officers' list filters and sorts on, for one complaint: a few codes and instants, kept in memory for
 * every complaint so that a page is found without scanning the store.
 */
public record ListRow(String ticket, String status, String category, String agency, boolean overdue,
                      Instant createdAt) {

    public static ListRow of(Complaint c) {
        return new ListRow(c.ticket().toString(), c.status().code(), c.category().map(CategoryCode::value).orElse(null),
                c.agency().map(AgencyCode::value).orElse(null), c.overdue(), c.createdAt());
    }
}
