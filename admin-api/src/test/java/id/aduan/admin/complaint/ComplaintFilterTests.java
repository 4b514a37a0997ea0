package id.aduan.admin.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.aduan.admin.security.OfficerScope;
import id.aduan.admin.similar.ListRow;

class ComplaintFilterTests {

    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
    private static final OfficerScope DLH_OFFICER = new OfficerScope(false, Set.of("dlh"));

    private static ListRow row(String agency) {
        return new ListRow("ADU-2026-000001", "baru", "sampah", agency, true, AT);
    }

    @Test
    void anOfficerSeesOnlyRowsOfTheirAgenciesAndNeverUnassignedOnes() {
        var filter = new ComplaintFilter(null, null, null, null, null, null, null).toRowFilter(null, DLH_OFFICER)
                .orElseThrow();

        assertThat(filter.test(row("dlh"))).isTrue();
        assertThat(filter.test(row("dinas-pupr"))).isFalse();
        assertThat(filter.test(row(null))).isFalse();
    }

    @Test
    void askingForAnotherAgencyFindsNothingWithoutSayingWhy() {
        assertThat(new ComplaintFilter(null, null, null, "dinas-pupr", null, null, null)
                .toRowFilter(null, DLH_OFFICER)).isEmpty();
    }

    @Test
    void anAdminSeesEveryAgencyAndFiltersByStatusOverdueAndReceivedTime() {
        var filter = new ComplaintFilter(null, "baru", "sampah", null, true, AT.minusSeconds(1), AT.plusSeconds(1))
                .toRowFilter(null, OfficerScope.ALL).orElseThrow();

        assertThat(filter.test(row(null))).isTrue();
        assertThat(filter.test(new ListRow("ADU-2026-000002", "baru", "sampah", "dlh", false, AT))).isFalse();
        assertThat(filter.test(new ListRow("ADU-2026-000003", "baru", "sampah", "dlh", true, AT.plusSeconds(1))))
                .isFalse();
    }

    @Test
    void refusesAnUnknownStatus() {
        assertThatThrownBy(() -> new ComplaintFilter(null, "hilang", null, null, null, null, null)
                .toRowFilter(null, OfficerScope.ALL)).isInstanceOf(UnknownValue.class);
    }

    @Test
    void filtersByPhotosAndByARegionNamedInTheAddressIgnoringCase() {
        var filter = new ComplaintFilter(null, null, null, null, null, null, null, true, "Sukamaju")
                .toRowFilter(null, OfficerScope.ALL).orElseThrow();

        assertThat(filter.test(new ListRow("ADU-2026-000001", "baru", null, "dlh", false, AT, true,
                "jl. melati 3, kel. sukamaju, kec. cibeunying", null))).isTrue();
        assertThat(filter.test(new ListRow("ADU-2026-000002", "baru", null, "dlh", false, AT, false,
                "jl. melati 3, kel. sukamaju", null))).as("no photo").isFalse();
        assertThat(filter.test(new ListRow("ADU-2026-000003", "baru", null, "dlh", false, AT, true,
                "pasar baru", null))).as("another place").isFalse();
        assertThat(filter.test(new ListRow("ADU-2026-000004", "baru", null, "dlh", false, AT, true, null, null)))
                .as("no address").isFalse();
    }
}
