package id.aduan.admin.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.aduan.admin.audit.AuditLog;
import id.aduan.admin.security.WithApiSecurity;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

@WebMvcTest(ReporterController.class)
@WithApiSecurity
class ReporterControllerTests {

    static final String REASON = "{\"reason\":\"Permintaan resmi dari inspektorat\"}";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TicketLookup lookup;
    @MockitoBean
    AuditLog audit;

    static Complaint anonymous() {
        return Complaint.receive(new TicketNumber(2026, 7), new NewComplaint(
                new Reporter(ChatRef.telegram(42L), "Sari", "sari"), "Jalan berlubang di depan SDN 3", "Jl. Merdeka",
                null, null, null, null, ReportType.PENGADUAN, Privacy.ANONIM, null, List.of(), List.of()),
                Instant.parse("2026-11-23T03:00:00Z"));
    }

    @Test
    void revealsTheAnonymousReporterToAnAdminAndAuditsIt() {
        given(lookup.byTicket("ADU-2026-000007")).willReturn(anonymous());

        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/reporter")
                .contentType(MediaType.APPLICATION_JSON).content(REASON);

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Sari");
        verify(audit).record(eq("admin"), eq("complaint.reveal-reporter"), eq("ADU-2026-000007"), any(),
                eq(Map.of("privacy", "anonim")), eq("Permintaan resmi dari inspektorat"));
    }

    @Test
    @WithMockUser(username = "petugas", roles = "OFFICER")
    void anOfficerGetsA403Problem() {
        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/reporter")
                .contentType(MediaType.APPLICATION_JSON).content(REASON);

        assertThat(result).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(lookup, audit);
    }

    @Test
    @WithAnonymousUser
    void withoutCredentialsItIsA401Problem() {
        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/reporter")
                .contentType(MediaType.APPLICATION_JSON).content(REASON);

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
        verifyNoInteractions(lookup, audit);
    }

    @Test
    void aReasonIsRequiredAndNamedInThe400() {
        var result = mvc.post().uri("/api/complaints/ADU-2026-000007/reporter")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
        verifyNoInteractions(audit);
    }
}
