package id.aduan.classifier.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.aduan.models.suggestion.Scored;

class AgencyRoutingTests {

    private static final Map<String, String> TABLE = Map.of("jalan", "pupr", "banjir", "pupr", "sampah", "dlh");

    private static AgencyRouting routing(double learnedWeight) {
        return new AgencyRouting(category -> Optional.ofNullable(TABLE.get(category)), learnedWeight);
    }

    private static final List<Scored<String>> CATEGORIES =
            List.of(new Scored<>("jalan", 0.5), new Scored<>("sampah", 0.3), new Scored<>("banjir", 0.2));

    @Test
    void sumsTheCategoriesRoutedToEachAgency() {
        List<Scored<String>> agencies = routing(0.5).agencies(CATEGORIES, List.of());
        assertThat(agencies).extracting(Scored::label).containsExactly("pupr", "dlh");
        assertThat(agencies.get(0).confidence()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void mixesTheAgencyModelWithTheRoutingTable() {
        List<Scored<String>> learned = List.of(new Scored<>("pdam", 0.8), new Scored<>("pupr", 0.2));
        List<Scored<String>> agencies = routing(0.5).agencies(CATEGORIES, learned);
        assertThat(agencies).extracting(Scored::label).containsExactly("pupr", "pdam", "dlh");
        assertThat(agencies.get(0).confidence()).isCloseTo(0.5 * 0.2 + 0.5 * 0.7, within(1e-12));
        assertThat(agencies.get(1).confidence()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void usesTheAgencyModelAloneWhenNothingIsRouted() {
        List<Scored<String>> learned = List.of(new Scored<>("pdam", 0.8), new Scored<>("pupr", 0.2));
        assertThat(routing(0.5).agencies(List.of(new Scored<>("unknown", 1.0)), learned)).isEqualTo(learned);
        assertThat(routing(0.0).agencies(CATEGORIES, learned)).extracting(Scored::label).containsExactly("pupr", "dlh");
    }
}
