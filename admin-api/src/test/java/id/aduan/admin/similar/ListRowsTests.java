package id.aduan.admin.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ListRowsTests {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static ListRow row(int n, String status, String agency) {
        return new ListRow("ADU-2026-%06d".formatted(n), status, "jalan-jembatan", agency, false,
                T0.plusSeconds(n * 60L));
    }

    @Test
    void pagesNewestFirstWithTheExactTotal() {
        ListRows rows = new ListRows();
        IntStream.rangeClosed(1, 250).forEach(n -> rows.put(row(n, n % 2 == 0 ? "baru" : "selesai", "dlh")));

        ListSlice second = rows.slice(r -> r.status().equals("baru"), ListOrder.NEWEST, 20, 20);

        assertThat(second.total()).isEqualTo(125);
        assertThat(second.tickets()).hasSize(20).first().isEqualTo("ADU-2026-000210");
        assertThat(second.tickets()).last().isEqualTo("ADU-2026-000172");
        assertThat(rows.slice(r -> true, ListOrder.NEWEST, 240, 20).tickets()).hasSize(10).last().isEqualTo("ADU-2026-000001");
    }

    @Test
    void pagesASearchsMatchesInListOrderWithTheExactTotal() {
        ListRows rows = new ListRows();
        IntStream.rangeClosed(1, 250).forEach(n -> rows.put(row(n, n % 2 == 0 ? "baru" : "selesai", "dlh")));
        // the search found these, best match first; one is no longer stored
        List<String> found = List.of("ADU-2026-000010", "ADU-2026-000200", "ADU-2026-000999", "ADU-2026-000003",
                "ADU-2026-000100", "ADU-2026-000051");

        ListSlice baru = rows.slice(found, r -> r.status().equals("baru"), ListOrder.NEWEST, 0, 20);
        assertThat(baru.tickets()).containsExactly("ADU-2026-000200", "ADU-2026-000100", "ADU-2026-000010");
        assertThat(baru.total()).isEqualTo(3);
        assertThat(rows.slice(found, r -> true, ListOrder.NEWEST, 1, 2).tickets())
                .containsExactly("ADU-2026-000100", "ADU-2026-000051");
        assertThat(rows.slice(found, r -> true, ListOrder.OLDEST, 0, 20).tickets())
                .containsExactly("ADU-2026-000003", "ADU-2026-000010", "ADU-2026-000051", "ADU-2026-000100",
                        "ADU-2026-000200");
        assertThat(rows.slice(found, r -> true, ListOrder.NEWEST, 20, 20))
                .isEqualTo(new ListSlice(List.of(), 5));
        assertThat(rows.tickets(found, r -> r.status().equals("selesai"), ListOrder.NEWEST))
                .containsExactly("ADU-2026-000051", "ADU-2026-000003");
    }

    @Test
    void aStatusChangeMovesTheComplaintBetweenFilters() {
        ListRows rows = new ListRows();
        rows.put(row(1, "baru", "dlh"));
        rows.put(row(2, "baru", "dlh"));

        rows.put(row(1, "terverifikasi", "dlh"));

        assertThat(rows.slice(r -> r.status().equals("baru"), ListOrder.NEWEST, 0, 20).tickets()).containsExactly("ADU-2026-000002");
        assertThat(rows.slice(r -> r.status().equals("terverifikasi"), ListOrder.NEWEST, 0, 20).tickets())
                .containsExactly("ADU-2026-000001");
        assertThat(rows.size()).isEqualTo(2);
    }

    @Test
    void sameInstantIsOrderedByTicketSoPagesNeitherRepeatNorSkip() {
        ListRows rows = new ListRows();
        IntStream.rangeClosed(1, 30).forEach(n -> rows.put(new ListRow("ADU-2026-%06d".formatted(n), "baru", null,
                null, false, T0)));

        var first = rows.slice(r -> true, ListOrder.NEWEST, 0, 15).tickets();
        var second = rows.slice(r -> true, ListOrder.NEWEST, 15, 15).tickets();

        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(first).first().isEqualTo("ADU-2026-000030");
    }

    @Test
    void aForgottenComplaintIsNoLongerListed() {
        ListRows rows = new ListRows();
        rows.put(row(1, "baru", "dlh"));
        rows.remove("ADU-2026-000001");

        assertThat(rows.slice(r -> true, ListOrder.NEWEST, 0, 20).total()).isZero();
        assertThat(rows.tickets(r -> true, ListOrder.NEWEST)).isEmpty();
    }

    @Test
    void sortsOldestFirstOrByTheNearestDeadlineWithUndatedOnesLast() {
        ListRows rows = new ListRows();
        LocalDate monday = LocalDate.parse("2026-11-30");
        rows.put(new ListRow("ADU-2026-000001", "baru", null, "dlh", false, T0, false, null, monday.plusDays(3)));
        rows.put(new ListRow("ADU-2026-000002", "ditunda", null, "dlh", false, T0.plusSeconds(60), false, null,
                null));
        rows.put(new ListRow("ADU-2026-000003", "baru", null, "dlh", true, T0.plusSeconds(120), false, null,
                monday.minusDays(1)));

        assertThat(rows.slice(r -> true, ListOrder.OLDEST, 0, 20).tickets())
                .containsExactly("ADU-2026-000001", "ADU-2026-000002", "ADU-2026-000003");
        assertThat(rows.slice(r -> true, ListOrder.DEADLINE, 0, 20).tickets())
                .containsExactly("ADU-2026-000003", "ADU-2026-000001", "ADU-2026-000002");
        assertThat(rows.slice(r -> r.status().equals("baru"), ListOrder.DEADLINE, 1, 1).tickets())
                .containsExactly("ADU-2026-000001");
        assertThat(rows.tickets(r -> true, ListOrder.DEADLINE)).first().isEqualTo("ADU-2026-000003");
    }
}
