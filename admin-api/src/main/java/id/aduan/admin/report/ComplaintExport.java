package id.aduan.admin.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.validation.constraints.Size;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.aduan.admin.complaint.ComplaintFilter;
import id.aduan.admin.complaint.ListedComplaints;
import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * The filtered list as CSV for Excel: UTF-8 with a byte-order mark, streamed row by row (the list's order, read
 * from the store in batches of a few hundred complaints without their transcripts) so memory stays bounded
 * whatever the size. Only the caller's agencies; no personal data of the reporter is exported.
 */
@RestController
class ComplaintExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] HEADER = {"tiket", "diterima (WIB)", "status", "kategori", "instansi", "ringkasan",
        "lokasi", "batas waktu", "terlambat", "privasi"};

    private final ListedComplaints listed;
    private final ComplaintSearchIndex search;
    private final Taxonomy taxonomy;

    ComplaintExport(ListedComplaints listed, ComplaintSearchIndex search, Taxonomy taxonomy) {
        this.listed = listed;
        this.search = search;
        this.taxonomy = taxonomy;
    }

    @GetMapping(value = "/api/complaints/export.csv")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) Boolean hasPhoto,
            @RequestParam(required = false) @Size(max = 100) String region) {
        // before streaming starts, so an unknown status, category or agency is still a 400
        var rows = new ComplaintFilter(q, status, category, agency, overdue, from, to, hasPhoto, region)
                .toRowFilter(search, OfficerScope.current());
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write('\uFEFF'); // Excel reads UTF-8 only with a byte-order mark
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
                 var complaints = listed.stream(rows)) {
                for (Complaint c : (Iterable<Complaint>) complaints::iterator) {
                    row(csv, c);
                }
            }
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("pengaduan.csv").build().toString())
                .body(body);
    }

    private void row(CSVPrinter csv, Complaint c) throws IOException {
        csv.printRecord(c.ticket(), LOCAL.format(LocalDateTime.ofInstant(c.createdAt(), WorkingCalendar.JAKARTA)),
                c.status().displayName(), c.category().map(taxonomy::categoryName).orElse(""),
                c.agency().map(taxonomy::agencyName).orElse(""), summary(c.description()),
                c.location() == null ? "" : c.location(),
                c.deadline().map(d -> d.dueDate().toString()).orElse(""), c.overdue() ? "ya" : "tidak",
                c.privacy().code());
    }

    private static String summary(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }
}
