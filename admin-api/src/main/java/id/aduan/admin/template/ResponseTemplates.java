package id.aduan.admin.template;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import id.aduan.admin.complaint.TicketLookup;
import id.aduan.admin.complaint.UnknownValue;
import id.aduan.complaint.Complaint;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/** Keeps the templates and fills one in for a complaint. Templates are retired, never deleted. */
@Component
class ResponseTemplates {

    private final MongoOperations mongo;
    private final TicketLookup lookup;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ResponseTemplates(MongoOperations mongo, TicketLookup lookup, Taxonomy taxonomy, Clock clock) {
        this.mongo = mongo;
        this.lookup = lookup;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    ResponseTemplate create(String status, String category, String title, String text) {
        ComplaintStatus s = ComplaintStatus.fromCode(status).orElseThrow(() ->
                new UnknownValue("status", status));
        if (category != null && !taxonomy.knows(CategoryCode.of(category))) {
            throw new UnknownValue("category", category);
        }
        return mongo.insert(new ResponseTemplate(null, s.code(), category, title.strip(), text.strip(), false,
                clock.instant()));
    }

    ResponseTemplate retire(String id) {
        ResponseTemplate t = mongo.findById(id, ResponseTemplate.class);
        if (t == null) {
            throw new TemplateNotFound(id);
        }
        return mongo.save(new ResponseTemplate(t.id(), t.status(), t.category(), t.title(), t.text(), true,
                clock.instant()));
    }

    /** Active templates for a status (and category, when given: its own first, then the general ones). */
    List<ResponseTemplate> find(String status, String category) {
        Criteria c = where("retired").is(false);
        if (status != null) {
            c = c.and("status").is(status);
        }
        if (category != null) {
            c = c.orOperator(where("category").is(category), where("category").is(null));
        }
        return mongo.find(query(c).with(Sort.by("status", "title")), ResponseTemplate.class).stream()
                .sorted((a, b) -> Boolean.compare(a.category() == null, b.category() == null)).toList();
    }

    /** The templates that fit a complaint's next moves, filled in with its ticket, agency and category. */
    List<Filled> forComplaint(String ticket) {
        Complaint complaint = lookup.byTicket(ticket);
        String category = complaint.category().map(CategoryCode::value).orElse(null);
        Map<String, String> values = Map.of(
                "{tiket}", complaint.ticket().toString(),
                "{instansi}", complaint.agency().map(taxonomy::agencyName).orElse("instansi terkait"),
                "{kategori}", complaint.category().map(taxonomy::categoryName).orElse("laporan"));
        return complaint.status().next().stream()
                .flatMap(next -> find(next.code(), category).stream())
                .map(t -> new Filled(t.id(), t.status(), t.title(), fill(t.text(), values))).toList();
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (var e : values.entrySet()) {
            filled = filled.replace(e.getKey(), e.getValue());
        }
        return filled;
    }

    /** A template filled in for one complaint. */
    record Filled(String id, String status, String title, String text) {
    }
}
