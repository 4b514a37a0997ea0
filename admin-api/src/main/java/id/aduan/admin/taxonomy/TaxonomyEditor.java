package id.aduan.admin.taxonomy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.admin.audit.AuditLog;
import id.aduan.complaint.Complaint;
import id.aduan.models.taxonomy.Agency;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.Category;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * Makes the admins' taxonomy edits: validates each one against the taxonomy in force, stores it in
 * {@code taxonomy_edits}, applies all stored edits over the taxonomy files (so the bot, the API and the classifier's
 * routing see it at once) and writes an audit entry. Other instances pick the edits up within
 * {@code aduan.taxonomy.refresh-interval}. Codes are stable: an item in use is retired, never deleted.
 */
@Component
class TaxonomyEditor {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyEditor.class);

    private final Taxonomy taxonomy;
    private final MongoOperations mongo;
    private final AuditLog audit;
    private final Clock clock;

    TaxonomyEditor(Taxonomy taxonomy, MongoOperations mongo, AuditLog audit, Clock clock) {
        this.taxonomy = taxonomy;
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the stored edits over the taxonomy files: at start-up and every refresh interval. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${aduan.taxonomy.refresh-interval:30s}", initialDelayString = "${aduan.taxonomy.refresh-interval:30s}")
    public synchronized void refresh() {
        try {
            apply(mongo.findAll(TaxonomyEdit.class));
        } catch (RuntimeException e) {
            log.error("Stored taxonomy edits could not be applied; keeping the taxonomy in force: {}", e.toString());
        }
    }

    private void apply(List<TaxonomyEdit> edits) {
        List<Category> categories = new ArrayList<>();
        List<Agency> agencies = new ArrayList<>();
        Map<CategoryCode, AgencyCode> routing = new LinkedHashMap<>();
        for (TaxonomyEdit e : edits) {
            switch (e.kind()) {
                case CATEGORY -> categories.add(e.category());
                case AGENCY -> agencies.add(e.agencyItem());
                case ROUTE -> routing.put(CategoryCode.of(e.code()), AgencyCode.of(e.agency()));
            }
        }
        taxonomy.applyEdits(categories, agencies, routing);
    }

    synchronized Category addCategory(TaxonomyRequests.NewCategory body, String admin) {
        CategoryCode code = CategoryCode.of(body.code());
        if (taxonomy.knows(code)) {
            throw TaxonomyProblem.conflict("code", "category " + code + " exists already; codes are never reused");
        }
        AgencyCode route = body.defaultAgency() == null ? null : activeAgency(body.defaultAgency(), "defaultAgency");
        Category category = new Category(code, body.name().strip(), false);
        List<TaxonomyEdit> edits = new ArrayList<>(List.of(TaxonomyEdit.of(category, clock.instant(), admin)));
        if (route != null) {
            edits.add(TaxonomyEdit.route(code, route, clock.instant(), admin));
        }
        store(edits);
        Map<String, String> after = new LinkedHashMap<>(Map.of("name", category.name(), "active", "true"));
        if (route != null) {
            after.put("defaultAgency", route.value());
        }
        audit.record(admin, "taxonomy.category.add", target(code), Map.of(), after, null);
        return category;
    }

    synchronized Category changeCategory(String codeText, TaxonomyRequests.CategoryChange body, String admin) {
        Category before = category(codeText);
        Category after = new Category(before.code(), body.name() == null ? before.name() : body.name().strip(),
                body.active() == null ? before.retired() : !body.active());
        if (after.equals(before)) {
            return before;
        }
        store(List.of(TaxonomyEdit.of(after, clock.instant(), admin)));
        audit.record(admin, "taxonomy.category.change", target(before.code()), state(before), state(after), null);
        return after;
    }

    synchronized Agency addAgency(TaxonomyRequests.NewAgency body, String admin) {
        AgencyCode code = AgencyCode.of(body.code());
        if (taxonomy.knows(code)) {
            throw TaxonomyProblem.conflict("code", "agency " + code + " exists already; codes are never reused");
        }
        Agency agency = new Agency(code, body.name().strip(), body.kind(), false);
        store(List.of(TaxonomyEdit.of(agency, clock.instant(), admin)));
        audit.record(admin, "taxonomy.agency.add", target(code), Map.of(), state(agency), null);
        return agency;
    }

    synchronized Agency changeAgency(String codeText, TaxonomyRequests.AgencyChange body, String admin) {
        Agency before = agency(codeText);
        Agency after = new Agency(before.code(), body.name() == null ? before.name() : body.name().strip(),
                body.kind() == null ? before.kind() : body.kind(),
                body.active() == null ? before.retired() : !body.active());
        if (after.equals(before)) {
            return before;
        }
        if (after.retired() && !before.retired()) {
            List<String> routed = routedTo(before.code());
            if (!routed.isEmpty()) {
                throw TaxonomyProblem.conflict("active", "agency " + before.code() + " is the default agency of "
                        + String.join(", ", routed) + "; route those categories to another agency first");
            }
        }
        store(List.of(TaxonomyEdit.of(after, clock.instant(), admin)));
        audit.record(admin, "taxonomy.agency.change", target(before.code()), state(before), state(after), null);
        return after;
    }

    synchronized void route(String categoryText, TaxonomyRequests.Route body, String admin) {
        Category category = category(categoryText);
        AgencyCode agency = activeAgency(body.agency(), "agency");
        String before = taxonomy.defaultAgencyFor(category.code()).map(AgencyCode::value).orElse("");
        if (before.equals(agency.value())) {
            return;
        }
        store(List.of(TaxonomyEdit.route(category.code(), agency, clock.instant(), admin)));
        audit.record(admin, "taxonomy.routing.change", target(category.code()), Map.of("defaultAgency", before),
                Map.of("defaultAgency", agency.value()), null);
    }

    /** Deletes a category added through the API and never used; anything else must be retired instead. */
    synchronized void deleteCategory(String codeText, String admin) {
        Category category = category(codeText);
        if (taxonomy.isDefault(category.code())) {
            throw TaxonomyProblem.conflict("code", "category " + category.code()
                    + " comes from the taxonomy files; retire it (active=false) instead");
        }
        long complaints = mongo.count(query(where("category").is(category.code().value())), Complaint.class);
        if (complaints > 0) {
            throw TaxonomyProblem.conflict("code", "category " + category.code() + " is used by " + complaints
                    + " complaints; retire it (active=false) instead");
        }
        mongo.remove(query(where("_id").in(TaxonomyEdit.id(TaxonomyEdit.Kind.CATEGORY, category.code().value()),
                TaxonomyEdit.id(TaxonomyEdit.Kind.ROUTE, category.code().value()))), TaxonomyEdit.class);
        refresh();
        audit.record(admin, "taxonomy.category.delete", target(category.code()), state(category), Map.of(), null);
    }

    /** Deletes an agency added through the API and not used anywhere; anything else must be retired instead. */
    synchronized void deleteAgency(String codeText, String admin) {
        Agency agency = agency(codeText);
        if (taxonomy.isDefault(agency.code())) {
            throw TaxonomyProblem.conflict("code", "agency " + agency.code()
                    + " comes from the taxonomy files; retire it (active=false) instead");
        }
        long complaints = mongo.count(query(where("agency").is(agency.code().value())), Complaint.class);
        long accounts = mongo.count(query(where("agencies").is(agency.code().value())), "accounts");
        List<String> routed = routedTo(agency.code());
        if (complaints > 0 || accounts > 0 || !routed.isEmpty()) {
            throw TaxonomyProblem.conflict("code", "agency " + agency.code() + " is in use (" + complaints
                    + " complaints, " + accounts + " accounts, default agency of " + routed.size()
                    + " categories); retire it (active=false) instead");
        }
        mongo.remove(query(where("_id").is(TaxonomyEdit.id(TaxonomyEdit.Kind.AGENCY, agency.code().value()))),
                TaxonomyEdit.class);
        refresh();
        audit.record(admin, "taxonomy.agency.delete", target(agency.code()), state(agency), Map.of(), null);
    }

    private void store(List<TaxonomyEdit> edits) {
        // Check the result before storing anything: the taxonomy must stay consistent.
        List<TaxonomyEdit> all = new ArrayList<>(mongo.findAll(TaxonomyEdit.class));
        for (TaxonomyEdit e : edits) {
            all.removeIf(x -> x.id().equals(e.id()));
            all.add(e);
        }
        apply(all);
        edits.forEach(mongo::save);
    }

    private Category category(String code) {
        return parse(code, "category", CategoryCode::of).flatMap(taxonomy::category)
                .orElseThrow(() -> TaxonomyProblem.notFound("category", code));
    }

    private Agency agency(String code) {
        return parse(code, "agency", AgencyCode::of).flatMap(taxonomy::agency)
                .orElseThrow(() -> TaxonomyProblem.notFound("agency", code));
    }

    private AgencyCode activeAgency(String code, String field) {
        AgencyCode agency = AgencyCode.of(code);
        if (!taxonomy.isActive(agency)) {
            throw TaxonomyProblem.invalid(field, (taxonomy.knows(agency) ? "retired" : "unknown") + " agency: " + code);
        }
        return agency;
    }

    private List<String> routedTo(AgencyCode agency) {
        return taxonomy.routing().entrySet().stream().filter(r -> r.getValue().equals(agency))
                .filter(r -> taxonomy.isActive(r.getKey())).map(r -> r.getKey().value()).collect(Collectors.toList());
    }

    private static <T> java.util.Optional<T> parse(String code, String what, java.util.function.Function<String, T> of) {
        try {
            return java.util.Optional.of(of.apply(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, String> state(Category c) {
        return Map.of("name", c.name(), "active", Boolean.toString(!c.retired()));
    }

    private static Map<String, String> state(Agency a) {
        return Map.of("name", a.name(), "kind", String.valueOf(a.kind()), "active", Boolean.toString(!a.retired()));
    }

    private static String target(Object code) {
        return (code instanceof CategoryCode ? "category:" : "agency:") + code;
    }
}
