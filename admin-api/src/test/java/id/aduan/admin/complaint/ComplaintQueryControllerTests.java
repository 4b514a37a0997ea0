package id.aduan.admin.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.aduan.admin.similar.ComplaintSearchIndex;
import id.aduan.admin.similar.ListOrder;
import id.aduan.admin.similar.ListRow;
import id.aduan.admin.similar.ListSlice;
import id.aduan.admin.similar.RowFilter;
import id.aduan.admin.security.WithApiSecurity;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintNotFound;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.TranscriptEntry;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

@WebMvcTest(ComplaintQueryController.class)
@Import({ComplaintViews.class, ListedComplaints.class})
@WithApiSecurity
class ComplaintQueryControllerTests {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TicketLookup lookup;
    @MockitoBean
    MongoOperations mongo;
    @MockitoBean
    ComplaintSearchIndex search;

    static Complaint complaint() {
        Instant at = Instant.parse("2026-11-23T03:00:00Z");
        Complaint c = Complaint.receive(new TicketNumber(2026, 7), new NewComplaint(
                new Reporter(ChatRef.telegram(42L), "Sari", "sari"), "Sampah menumpuk di TPS Pasar Baru",
                "TPS Pasar Baru", null, null, "kemarin", null, ReportType.PENGADUAN, Privacy.BIASA, null, List.of(),
                List.of(new TranscriptEntry(at, Speaker.CITIZEN, "Sampah menumpuk di TPS Pasar Baru"),
                        new TranscriptEntry(at, Speaker.BOT, "Di mana lokasinya?"))), at);
        c.refreshDeadline(id.aduan.models.deadline.WorkingCalendar.indonesia(), at);
        return c;
    }

    @Test
    void showsTheWholeConversationAndTheAllowedNextStatuses() {
        given(lookup.byTicket("ADU-2026-000007")).willReturn(complaint());

        var result = mvc.get().uri("/api/complaints/ADU-2026-000007");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.transcript[*].text").asArray()
                .containsExactly("Sampah menumpuk di TPS Pasar Baru", "Di mana lokasinya?");
        assertThat(result).bodyJson().extractingPath("$.allowedNext[*].code").asArray()
                .containsExactly("terverifikasi", "ditunda", "diarsipkan");
        assertThat(result).bodyJson().extractingPath("$.reporter.chatId").isEqualTo(42);
        assertThat(result).bodyJson().extractingPath("$.deadline.dueDateText").isEqualTo("Kamis, 26 November 2026");
        assertThat(result).bodyJson().extractingPath("$.deadline.overdue").isEqualTo(false);
    }

    @Test
    void returns404ProblemForAnUnknownOrMalformedTicket() {
        given(lookup.byTicket("nonsense")).willThrow(new ComplaintNotFound("nonsense"));

        assertThat(mvc.get().uri("/api/complaints/nonsense")).hasStatus(404)
                .bodyJson().extractingPath("$.title").isEqualTo("Complaint not found");
    }

    /** The rows' filter the controller built, applied to a row with these values. */
    private ArgumentCaptor<RowFilter> rowFilter() {
        ArgumentCaptor<RowFilter> captor = ArgumentCaptor.forClass(RowFilter.class);
        org.mockito.Mockito.verify(search, org.mockito.Mockito.atLeastOnce()).list(captor.capture(), any(), anyLong(), anyInt());
        return captor;
    }

    @Test
    void listsNewestFirstWithTheTotal() {
        given(search.list(any(), eq(ListOrder.NEWEST), eq(40L), eq(20))).willReturn(new ListSlice(List.of("ADU-2026-000007"), 41));
        given(mongo.find(any(Query.class), eq(Complaint.class))).willReturn(List.of(complaint()));

        var result = mvc.get().uri("/api/complaints?status=baru&overdue=false&page=2&size=20");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(41);
        assertThat(result).bodyJson().extractingPath("$.items[0].ticket").isEqualTo("ADU-2026-000007");
        assertThat(result).bodyJson().extractingPath("$.items[0].status.name").isEqualTo("Baru diterima");
        Predicate<ListRow> filter = rowFilter().getValue();
        Instant at = Instant.parse("2026-11-23T03:00:00Z");
        assertThat(filter.test(new ListRow("ADU-2026-000001", "baru", null, null, false, at))).isTrue();
        assertThat(filter.test(new ListRow("ADU-2026-000002", "selesai", null, null, false, at))).isFalse();
        assertThat(filter.test(new ListRow("ADU-2026-000003", "baru", null, null, true, at))).isFalse();
    }

    @Test
    void readsOnlyThePageFromTheStoreWithoutTranscripts() {
        given(search.list(any(), eq(ListOrder.NEWEST), eq(0L), eq(20))).willReturn(new ListSlice(List.of("ADU-2026-000007"), 1));
        given(mongo.find(any(Query.class), eq(Complaint.class))).willReturn(List.of(complaint()));

        assertThat(mvc.get().uri("/api/complaints")).hasStatusOk();
        org.mockito.Mockito.verify(mongo).find(org.mockito.ArgumentMatchers.<Query>argThat(query ->
                query.getQueryObject().toJson().contains("ADU-2026-000007")
                        && query.getFieldsObject().getInteger("transcript") == 0
                        && query.getFieldsObject().getInteger("reporter") == 0), eq(Complaint.class));
    }

    @Test
    void leavesOutAStoredComplaintThatNoLongerMatchesItsRow() {
        // the row still says "selesai", the store already says "baru": the list shows what the store says
        given(search.list(any(), eq(ListOrder.NEWEST), eq(0L), eq(20))).willReturn(new ListSlice(List.of("ADU-2026-000007"), 1));
        given(mongo.find(any(Query.class), eq(Complaint.class))).willReturn(List.of(complaint()));

        assertThat(mvc.get().uri("/api/complaints?status=selesai")).hasStatusOk()
                .bodyJson().extractingPath("$.items").asArray().isEmpty();
        org.mockito.Mockito.verify(search, org.mockito.Mockito.atLeastOnce()).put(any(Complaint.class));
    }

    @Test
    void searchesFreeTextThroughTheIndex() {
        given(search.search("pasar baru", ComplaintFilter.SEARCH_LIMIT)).willReturn(List.of("ADU-2026-000007"));
        given(search.list(any(), eq(ListOrder.NEWEST), eq(0L), eq(20))).willReturn(new ListSlice(List.of("ADU-2026-000007"), 1));
        given(mongo.find(any(Query.class), eq(Complaint.class))).willReturn(List.of(complaint()));

        assertThat(mvc.get().uri("/api/complaints?q=pasar baru")).hasStatusOk()
                .bodyJson().extractingPath("$.items[0].ticket").isEqualTo("ADU-2026-000007");
        RowFilter filter = rowFilter().getValue();
        Instant at = Instant.parse("2026-11-23T03:00:00Z");
        // the list looks up only the search's matches, not every row
        assertThat(filter.among()).containsExactly("ADU-2026-000007");
        assertThat(filter.test(new ListRow("ADU-2026-000007", "baru", null, null, false, at))).isTrue();
        assertThat(filter.test(new ListRow("ADU-2026-000008", "baru", null, null, false, at))).isFalse();
    }

    @Test
    void refusesAnUnknownStatusAndAnOversizedPage() {
        assertThat(mvc.get().uri("/api/complaints?status=hilang")).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("status");
        assertThat(mvc.get().uri("/api/complaints?size=1000")).hasStatus(400)
                .bodyJson().extractingPath("$.detail").asString().contains("size");
        assertThat(mvc.get().uri("/api/complaints?page=abc")).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("page");
        assertThat(mvc.get().uri("/api/complaints?sort=terbaru")).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("sort");
        assertThat(mvc.get().uri("/api/complaints?from=kemarin")).hasStatus(400)
                .bodyJson().extractingPath("$.field").isEqualTo("from");
        verifyNoInteractions(mongo);
    }

    @Test
    void sortsByTheNearestDeadlineAndFiltersByPhotoRegionAndReceivedTime() {
        given(search.list(any(), eq(ListOrder.DEADLINE), eq(0L), eq(20)))
                .willReturn(new ListSlice(List.of("ADU-2026-000007"), 1));
        given(mongo.find(any(Query.class), eq(Complaint.class))).willReturn(List.of(complaint()));

        assertThat(mvc.get().uri("/api/complaints?sort=deadline&hasPhoto=false&region=pasar&from=2026-11-01T00:00:00Z"
                + "&to=2026-12-01T00:00:00Z")).hasStatusOk()
                .bodyJson().extractingPath("$.items[0].ticket").isEqualTo("ADU-2026-000007");
        ArgumentCaptor<RowFilter> captor = ArgumentCaptor.forClass(RowFilter.class);
        org.mockito.Mockito.verify(search).list(captor.capture(), eq(ListOrder.DEADLINE), eq(0L), eq(20));
        Instant at = Instant.parse("2026-11-23T03:00:00Z");
        assertThat(captor.getValue().test(new ListRow("ADU-2026-000007", "baru", null, null, false, at, false,
                "tps pasar baru", null))).isTrue();
        assertThat(captor.getValue().test(new ListRow("ADU-2026-000008", "baru", null, null, false, at, true,
                "tps pasar baru", null))).as("has a photo").isFalse();
        assertThat(captor.getValue().test(new ListRow("ADU-2026-000009", "baru", null, null, false,
                Instant.parse("2026-10-23T03:00:00Z"), false, "tps pasar baru", null))).as("too early").isFalse();
    }
}
