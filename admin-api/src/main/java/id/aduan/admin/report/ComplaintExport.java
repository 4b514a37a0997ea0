package id.aduan.admin.report;

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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
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
import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * The filtered list as CSV for Excel: UTF-8 with a byte-order mark, streamed row by row from the store so memory
 * stays bounded whatever the size. Only the caller's agencies; no personal data of the reporter is exported.
 */
@RestController
class ComplaintExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] HEADER = {"tiket", "diterima (WIB)", "status", "kategori", "instansi", "ringkasan",
        "lokasi", "batas waktu", "terlambat", "privasi"};

    private final MongoOperations mongo;
    private final ComplaintSearchIndex search;
    private final Taxonomy taxonomy;

    ComplaintExport(MongoOperations mongo, ComplaintSearchIndex search, Taxonomy taxonomy) {
        this.mongo = mongo;
        this.search = search;
        this.taxonomy = taxonomy;
    }

    @GetMapping(value = "/api/complaints/export.csv")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        var query = new ComplaintFilter(q, status, category, agency, overdue, from, to)
                .toQuery(search, OfficerScope.current())
                .map(scoped -> scoped.with(Sort.by(Sort.Direction.DESC, "createdAt")));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel reads UTF-8 only with a byte-order mark
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
                 var rows = query.map(scoped -> mongo.stream(scoped, Complaint.class))
                         .orElseGet(java.util.stream.Stream::empty)) {
                for (Complaint c : (Iterable<Complaint>) rows::iterator) {
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
