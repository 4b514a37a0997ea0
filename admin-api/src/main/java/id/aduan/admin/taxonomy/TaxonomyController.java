package id.aduan.admin.taxonomy;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.complaint.Labelled;
import id.aduan.models.taxonomy.Agency;
import id.aduan.models.taxonomy.Category;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * The taxonomy in force (files plus stored edits): everyone signed in may read it; only admins change it (see
 * ApiSecurity). Changes apply at once, without a restart.
 */
@RestController
@RequestMapping("/api/taxonomy")
class TaxonomyController {

    /** A category; {@code defaultAgency} is the routing table's agency for it, if any. */
    record CategoryView(String code, String name, boolean active, Labelled defaultAgency, boolean fromFiles) {
    }

    /** An agency; {@code kind} is {@code daerah} or {@code vertikal}. */
    record AgencyView(String code, String name, String kind, boolean active, boolean fromFiles) {
    }

    /** One row of the routing table. */
    record RouteView(Labelled category, Labelled agency) {
    }

    private final Taxonomy taxonomy;
    private final TaxonomyEditor editor;

    TaxonomyController(Taxonomy taxonomy, TaxonomyEditor editor) {
        this.taxonomy = taxonomy;
        this.editor = editor;
    }

    @GetMapping("/categories")
    List<CategoryView> categories() {
        return taxonomy.categories().stream().map(this::view).toList();
    }

    @PostMapping("/categories")
    ResponseEntity<CategoryView> addCategory(@Valid @RequestBody TaxonomyRequests.NewCategory body, Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(editor.addCategory(body, admin.getName())));
    }

    /** Rename, retire ({@code "active": false}) or bring back a category. */
    @PatchMapping("/categories/{code}")
    CategoryView changeCategory(@PathVariable String code, @Valid @RequestBody TaxonomyRequests.CategoryChange body,
                                Principal admin) {
        return view(editor.changeCategory(code, body, admin.getName()));
    }

    /** Only for a category added through the API and never used; otherwise 409: retire it instead. */
    @DeleteMapping("/categories/{code}")
    ResponseEntity<Void> deleteCategory(@PathVariable String code, Principal admin) {
        editor.deleteCategory(code, admin.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/agencies")
    List<AgencyView> agencies() {
        return taxonomy.agencies().stream().map(this::view).toList();
    }

    @PostMapping("/agencies")
    ResponseEntity<AgencyView> addAgency(@Valid @RequestBody TaxonomyRequests.NewAgency body, Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(editor.addAgency(body, admin.getName())));
    }

    /** Rename, change the kind, retire ({@code "active": false}) or bring back an agency. */
    @PatchMapping("/agencies/{code}")
    AgencyView changeAgency(@PathVariable String code, @Valid @RequestBody TaxonomyRequests.AgencyChange body,
                            Principal admin) {
        return view(editor.changeAgency(code, body, admin.getName()));
    }

    /** Only for an agency added through the API and not used anywhere; otherwise 409: retire it instead. */
    @DeleteMapping("/agencies/{code}")
    ResponseEntity<Void> deleteAgency(@PathVariable String code, Principal admin) {
        editor.deleteAgency(code, admin.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/routing")
    List<RouteView> routing() {
        return taxonomy.routing().entrySet().stream().map(r -> new RouteView(
                new Labelled(r.getKey().value(), taxonomy.categoryName(r.getKey())),
                new Labelled(r.getValue().value(), taxonomy.agencyName(r.getValue())))).toList();
    }

    /** Sets the category's default agency (the classifier's routing and the suggestion officers see). */
    @PutMapping("/routing/{category}")
    CategoryView route(@PathVariable String category, @Valid @RequestBody TaxonomyRequests.Route body,
                       Principal admin) {
        editor.route(category, body, admin.getName());
        return categories().stream().filter(c -> c.code().equals(category)).findFirst().orElseThrow();
    }

    private CategoryView view(Category c) {
        Labelled agency = taxonomy.defaultAgencyFor(c.code())
                .map(a -> new Labelled(a.value(), taxonomy.agencyName(a))).orElse(null);
        return new CategoryView(c.code().value(), c.name(), !c.retired(), agency, taxonomy.isDefault(c.code()));
    }

    private AgencyView view(Agency a) {
        return new AgencyView(a.code().value(), a.name(), a.kind(), !a.retired(), taxonomy.isDefault(a.code()));
    }
}
