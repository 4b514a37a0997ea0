package id.aduan.admin.complaint;

import java.util.List;

/** One page of the list, with the total so a client can page. */
public record ComplaintPage(List<ComplaintSummary> items, int page, int size, long total) {
}
