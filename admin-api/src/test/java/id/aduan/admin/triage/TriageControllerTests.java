package id.aduan.admin.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.aduan.admin.complaint.ComplaintViews;
import id.aduan.admin.complaint.UnknownValue;
import id.aduan.admin.security.WithApiSecurity;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintNotFound;
import id.aduan.complaint.IllegalStatusTransition;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

@WebMvcTest(TriageController.class)
@Import(ComplaintViews.class)
@WithApiSecurity
class TriageControllerTests {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Triage triage;

    static Complaint complaint(Privacy privacy) {
        return Complaint.receive(new TicketNumber(2026, 7), new NewComplaint(
                new Reporter(ChatRef.telegram(42L), "Sari", "sari"), "Jalan berlubang di depan SDN 3", "Jl. Merdeka",
                null, null, null, null, ReportType.PENGADUAN, privacy, null, List.of(), List.of()),
                Instant.parse("2026-11-23T03:00:00Z"));
    }

    @Test
    void askingTheCitizenPausesTheComplaint() {
        Complaint asked = complaint(Privacy.BIASA);
        asked.askCitizen("petugas", "Di sebelah mana lubangnya?", Instant.parse("2026-11-23T04:00:00Z"));
        given(triage.askCitizen(eq("ADU-2026-000007"), anyString(), eq("Di sebelah mana lubangnya?")))
                .willReturn(asked);

        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/questions")
                .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"Di sebelah mana lubangnya?\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("ditunda");
    }

    @Test
    void refusesAnEmptyQuestion() {
        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/questions")
                .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\" \"}"))
                .hasStatus(400);
        verifyNoInteractions(triage);
    }

    @Test
    void verifyReturnsTheComplaintAsItNowStands() {
        Complaint verified = complaint(Privacy.BIASA);
        verified.verify("petugas", null, null, "ok", Instant.parse("2026-11-23T04:00:00Z"));
        given(triage.verify(eq("ADU-2026-000007"), anyString(), isNull(), isNull(), isNull())).willReturn(verified);

        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/verify")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatusOk().bodyJson().extractingPath("$.status.code").isEqualTo("terverifikasi");
    }

    @Test
    void returns404ProblemForUnknownTicket() {
        given(triage.followUp(eq("ADU-2026-999999"), anyString(), anyString()))
                .willThrow(new ComplaintNotFound("ADU-2026-999999"));

        var result = mvc.post().uri("/api/complaints/ADU-2026-999999/follow-up")
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"sedang dikerjakan\"}");
        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.ticket").isEqualTo("ADU-2026-999999");
    }

    @Test
    void returns409NamingTheAllowedMovesForAnIllegalTransition() {
        given(triage.complete(anyString(), anyString(), anyString()))
                .willThrow(new IllegalStatusTransition(ComplaintStatus.BARU, ComplaintStatus.SELESAI));

        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/complete")
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"beres\"}");
        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.allowed")
                .asArray().containsExactlyInAnyOrder("terverifikasi", "ditunda", "diarsipkan");
    }

    @Test
    void returns409WhenSomeoneElseChangedTheComplaintMeanwhile() {
        given(triage.archive(anyString(), anyString(), anyString()))
                .willThrow(new OptimisticLockingFailureException("version 3"));

        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/archive")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ganda\"}"))
                .hasStatus(409).bodyJson().extractingPath("$.title").isEqualTo("Concurrent change");
    }

    @Test
    void returns400NamingTheFieldWhenTheNoteIsMissing() {
        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/follow-up")
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"  \"}");
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("note");
        verifyNoInteractions(triage);
    }

    @Test
    void returns400ForAMalformedCodeAndForMalformedJson() {
        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/verify")
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"Jalan Rusak!\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("category");

        var malformed = mvc.post().uri("/api/complaints/ADU-2026-000007/verify")
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\": ");
        assertThat(malformed).hasStatus(400);
        assertThat(malformed).bodyJson().extractingPath("$.detail").asString()
                .startsWith("Malformed JSON request body");
        verifyNoInteractions(triage);
    }

    @Test
    void returns400ForAnUnknownAgencyCode() {
        given(triage.dispose(anyString(), anyString(), eq("dinas-antah"), any()))
                .willThrow(new UnknownValue("agency", "dinas-antah"));

        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/dispose")
                .contentType(MediaType.APPLICATION_JSON).content("{\"agency\":\"dinas-antah\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("agency");
    }

    @Test
    void hidesTheReporterOfAnAnonymousReport() {
        given(triage.verify(anyString(), anyString(), any(), any(), any())).willReturn(complaint(Privacy.ANONIM));

        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/verify")
                .contentType(MediaType.APPLICATION_JSON).content("{}");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().doesNotContain("Sari").doesNotContain("sari").doesNotContain("42");
    }

    @Test
    void reroutesWithAReasonAndKeepsInternalNotesOutOfTheCitizensWay() {
        Complaint rerouted = complaint(Privacy.BIASA);
        rerouted.verify("ani", null, null, null, Instant.parse("2026-11-23T04:00:00Z"));
        rerouted.dispose("ani", id.aduan.models.taxonomy.AgencyCode.of("dinas-pupr"), null,
                Instant.parse("2026-11-23T04:00:00Z"));
        rerouted.reroute("pupr", "Bukan jalan kabupaten", Instant.parse("2026-11-23T05:00:00Z"));
        rerouted.addInternalNote("pupr", "Teruskan ke BPJN", Instant.parse("2026-11-23T05:00:00Z"));
        given(triage.reroute(eq("ADU-2026-000007"), anyString(), eq("Bukan jalan kabupaten"))).willReturn(rerouted);

        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/reroute")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Bukan jalan kabupaten\"}");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status.code").isEqualTo("bukan-wewenang");
        assertThat(result).bodyJson().extractingPath("$.internalNotes[0].text").isEqualTo("Teruskan ke BPJN");

        assertThat(mvc.post().uri("/api/complaints/ADU-2026-000007/reroute")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
    }
}
