package id.aduan.models.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TaxonomyTests {

    private static final CategoryCode ROADS = CategoryCode.of("jalan-jembatan");
    private static final AgencyCode PUPR = AgencyCode.of("dinas-pupr");

    @Test
    void editsApplyOverTheFilesAndEveryHolderSeesThem() {
        Taxonomy taxonomy = Taxonomy.defaults();
        AgencyCode upt = AgencyCode.of("upt-jalan");

        taxonomy.applyEdits(List.of(new Category(ROADS, "Jalan", false)),
                List.of(new Agency(upt, "UPT Jalan", "daerah", false)), Map.of(ROADS, upt));

        assertThat(taxonomy.categoryName(ROADS)).isEqualTo("Jalan");
        assertThat(taxonomy.defaultAgencyFor(ROADS)).contains(upt);
        assertThat(taxonomy.isActive(upt)).isTrue();
        assertThat(taxonomy.isDefault(upt)).isFalse();
        assertThat(taxonomy.isDefault(PUPR)).isTrue();
    }

    @Test
    void applyingEditsAgainReplacesTheEarlierOnesSoTheFilesComeBack() {
        Taxonomy taxonomy = Taxonomy.defaults();
        String shipped = taxonomy.categoryName(ROADS);
        taxonomy.applyEdits(List.of(new Category(ROADS, "Jalan", true)), List.of(), Map.of());
        assertThat(taxonomy.isActive(ROADS)).isFalse();
        assertThat(taxonomy.activeCategories()).extracting(Category::code).doesNotContain(ROADS);
        assertThat(taxonomy.categories()).extracting(Category::code).contains(ROADS);

        taxonomy.applyEdits(List.of(), List.of(), Map.of());

        assertThat(taxonomy.categoryName(ROADS)).isEqualTo(shipped);
        assertThat(taxonomy.isActive(ROADS)).isTrue();
    }

    @Test
    void aRouteToAnUnknownAgencyIsRefusedAndTheTaxonomyStaysAsItWas() {
        Taxonomy taxonomy = Taxonomy.defaults();

        assertThatThrownBy(() -> taxonomy.applyEdits(List.of(), List.of(), Map.of(ROADS, AgencyCode.of("nowhere"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThat(taxonomy.defaultAgencyFor(ROADS)).contains(PUPR);
    }
}
