package id.aduan.admin.complaint;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ListOrder;

/** Lists and shows complaints to officers. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    private final TicketLookup lookup;
    private final ListedComplaints listed;
    private final ComplaintViews views;

    ComplaintQueryController(TicketLookup lookup, ListedComplaints listed, ComplaintViews views) {
        this.lookup = lookup;
        this.listed = listed;
        this.views = views;
    }

    /**
     * Newest first, or {@code sort=oldest} / {@code sort=deadline} (nearest deadline first); filter by status,
     * category and agency codes, overdue, received {@code from}/{@code to} (ISO instants), {@code hasPhoto},
     * {@code region} (a kelurahan, kecamatan or street named in the address), and free text ({@code q}, matched by
     * the Lucene index, so it works on the embedded store too); at most 100 per page. Only complaints of the caller's
     * agencies (all for admins) are counted and listed. Found in the in-memory list rows, then only the page is read
     * from the store ({@link ListedComplaints}).
     */
    @GetMapping
    ComplaintPage list(@RequestParam(required = false) @Size(max = 200) String q,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String category,
                       @RequestParam(required = false) String agency,
                       @RequestParam(required = false) Boolean overdue,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                       @RequestParam(required = false) Boolean hasPhoto,
                       @RequestParam(required = false) @Size(max = 100) String region,
                       @RequestParam(defaultValue = "newest") String sort,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        ListOrder order = ListOrder.fromCode(sort).orElseThrow(() -> new UnknownValue("sort", sort));
        var found = listed.page(new ComplaintFilter(q, status, category, agency, overdue, from, to, hasPhoto, region),
                OfficerScope.current(), order, page, size);
        return new ComplaintPage(found.complaints().stream().map(views::summary).toList(), page, size, found.total());
    }

    @GetMapping("/{ticket}")
    ComplaintDetails show(@PathVariable String ticket) {
        return views.details(lookup.byTicket(ticket));
    }
}
