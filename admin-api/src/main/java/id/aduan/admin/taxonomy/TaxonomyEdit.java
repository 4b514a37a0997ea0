package id.aduan.admin.taxonomy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.aduan.models.taxonomy.Agency;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.Category;
import id.aduan.models.taxonomy.CategoryCode;

/**
 * One stored edit of the taxonomy: a category or an agency as it now is (added, renamed or retired), or a route
 * (a category's default agency). The id is {@code <kind>:<code>}, so there is one edit per item and the latest wins.
 * Collection {@code taxonomy_edits}, owned by this package.
 */
@Document("taxonomy_edits")
record TaxonomyEdit(@Id String id, Kind kind, String code, String name, String agencyKind, boolean retired,
                    String agency, Instant at, String by) {

    enum Kind {
        CATEGORY, AGENCY, ROUTE
    }

    static TaxonomyEdit of(Category c, Instant at, String by) {
        return new TaxonomyEdit(id(Kind.CATEGORY, c.code().value()), Kind.CATEGORY, c.code().value(), c.name(), null,
                c.retired(), null, at, by);
    }

    static TaxonomyEdit of(Agency a, Instant at, String by) {
        return new TaxonomyEdit(id(Kind.AGENCY, a.code().value()), Kind.AGENCY, a.code().value(), a.name(), a.kind(),
                a.retired(), null, at, by);
    }

    static TaxonomyEdit route(CategoryCode category, AgencyCode agency, Instant at, String by) {
        return new TaxonomyEdit(id(Kind.ROUTE, category.value()), Kind.ROUTE, category.value(), null, null, false,
                agency.value(), at, by);
    }

    static String id(Kind kind, String code) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }

    Category category() {
        return new Category(CategoryCode.of(code), name, retired);
    }

    Agency agencyItem() {
        return new Agency(AgencyCode.of(code), name, agencyKind, retired);
    }
}
