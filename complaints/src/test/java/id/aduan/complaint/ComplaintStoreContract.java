package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.aduan.complaint.store.StoredValueConversions;
import id.aduan.complaint.ticket.TicketNumbers;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

/**
 * The store's behaviour, run against the in-JVM server by {@link ComplaintRepositoryTests} and against a real
 * MongoDB by {@link ComplaintRepositoryIntegrationTests} where Docker exists.
 */
@DataMongoTest(properties = "spring.data.mongodb.auto-index-creation=true")
@Import({StoredValueConversions.class, TicketNumbers.class, NotificationOutbox.class, ComplaintSubmission.class,
        ComplaintErasure.class, DeletionRequestDecisions.class})
abstract class ComplaintStoreContract {

    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ComplaintSubmission submission;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ComplaintErasure erasure;
    @Autowired
    DeletionRequestDecisions decisions;

    @BeforeEach
    void clean() {
        mongo.getDb().drop();
        mongo.indexOps(Complaint.class).createIndex(new org.springframework.data.mongodb.core.index.Index("ticket",
                org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    static NewComplaint report(long chatId, String text) {
        Suggestion suggestion = new Suggestion(
                List.of(new Scored<>(CategoryCode.of("jalan-jembatan"), 0.91)),
                List.of(new Scored<>(AgencyCode.of("dinas-pupr"), 0.88)), ReportType.PENGADUAN, 0.5, "test-1");
        return new NewComplaint(new Reporter(ChatRef.telegram(chatId), "Sari", "sari"), text, "Jl. Merdeka 3",
                -6.9, 107.6, "kemarin", null, ReportType.PENGADUAN, Privacy.BIASA, SuggestionSnapshot.of(suggestion), List.of("photo-1"),
                List.of(new TranscriptEntry(Instant.parse("2026-11-23T02:59:00Z"), Speaker.CITIZEN, text)));
    }

    @Test
    void submittedComplaintsGetConsecutiveTicketNumbersOfTheJakartaYear() {
        Complaint first = submission.submit(report(42L, "jalan berlubang"));
        Complaint second = submission.submit(report(43L, "lampu mati"));

        assertThat(first.ticket()).hasToString("ADU-2026-000001");
        assertThat(second.ticket()).hasToString("ADU-2026-000002");
    }

    @Test
    void storesAndReadsBackEverySlotWithCodesAsStrings() {
        Complaint saved = submission.submit(report(9_007_199_254_740_991L, "jalan berlubang besar"));

        Complaint read = complaints.findByTicket(saved.ticket()).orElseThrow();
        assertThat(read.reporter().chat()).isEqualTo(ChatRef.telegram(9_007_199_254_740_991L));
        assertThat(read.status()).isEqualTo(ComplaintStatus.BARU);
        assertThat(read.category()).contains(CategoryCode.of("jalan-jembatan"));
        assertThat(read.agency()).contains(AgencyCode.of("dinas-pupr"));
        assertThat(read.transcript()).extracting(TranscriptEntry::text).containsExactly("jalan berlubang besar");
        assertThat(read.suggestion()).get().extracting(s -> s.toSuggestion().topCategory().orElseThrow().percent())
                .isEqualTo(91);
        var raw = mongo.getCollection("complaints").find().first();
        assertThat(raw.getString("ticket")).isEqualTo(saved.ticket().toString());
        assertThat(raw.getString("status")).isEqualTo("baru");
    }

    @Test
    void rejectsASecondComplaintWithTheSameTicket() {
        Complaint saved = submission.submit(report(42L, "jalan berlubang"));
        Complaint copy = Complaint.receive(saved.ticket(), report(42L, "lagi"), Instant.now());

        assertThatThrownBy(() -> complaints.save(copy)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerStatusChange() {
        TicketNumber ticket = submission.submit(report(42L, "jalan berlubang")).ticket();
        Complaint officerA = complaints.findByTicket(ticket).orElseThrow();
        Complaint officerB = complaints.findByTicket(ticket).orElseThrow();

        officerA.verify("a", null, null, null, Instant.now());
        complaints.save(officerA);
        officerB.archive("b", "duplikat", Instant.now());

        assertThatThrownBy(() -> complaints.save(officerB)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(complaints.findByTicket(ticket).orElseThrow().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
    }

    @Test
    void aStatusChangeQueuesOneNotificationThatIsDeliveredOnce() {
        TicketNumber ticket = submission.submit(report(42L, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.verify("petugas", null, null, "Laporan valid", ComplaintTestApplication.NOW);
        complaints.save(complaint);

        List<DueNotification> due = outbox.due(ComplaintTestApplication.NOW, 10);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.ticket()).isEqualTo(ticket);
            assertThat(d.chat()).isEqualTo(ChatRef.telegram(42L));
            assertThat(d.notification().status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
            assertThat(d.notification().note()).isEqualTo("Laporan valid");
        });

        outbox.markSent(due.getFirst(), 777L, ComplaintTestApplication.NOW);

        assertThat(outbox.due(ComplaintTestApplication.NOW.plusSeconds(60), 10)).isEmpty();
        Notification sent = complaints.findByTicket(ticket).orElseThrow().notifications().getFirst();
        assertThat(sent.state()).isEqualTo(NotificationState.SENT);
        assertThat(sent.messageId()).isEqualTo(777L);
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void aNotificationRetriedLaterIsNotDueBeforeItsTime() {
        TicketNumber ticket = submission.submit(report(42L, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.verify("petugas", null, null, null, ComplaintTestApplication.NOW);
        complaints.save(complaint);
        DueNotification due = outbox.due(ComplaintTestApplication.NOW, 10).getFirst();

        outbox.retryLater(due, ComplaintTestApplication.NOW.plusSeconds(30), "502 Bad Gateway");

        assertThat(outbox.due(ComplaintTestApplication.NOW.plusSeconds(29), 10)).isEmpty();
        assertThat(outbox.due(ComplaintTestApplication.NOW.plusSeconds(30), 10)).hasSize(1);
    }

    @Test
    void keepsInternalNotesAssigneeAndDeadlineAcrossASave() {
        TicketNumber ticket = submission.submit(report(42L, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.addInternalNote("ani", "Cek ke UPT", ComplaintTestApplication.NOW);
        complaint.assignTo("budi", ComplaintTestApplication.NOW);
        complaints.save(complaint);

        Complaint read = complaints.findByTicket(ticket).orElseThrow();
        assertThat(read.internalNotes()).extracting(InternalNote::text).containsExactly("Cek ke UPT");
        assertThat(read.assignee()).contains("budi");
        // Received Monday 23 November 2026 10:00 WIB: verification due Thursday 26 November.
        assertThat(read.deadline()).hasValueSatisfying(d -> assertThat(d.dueDate())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 26)));
    }

    @Test
    void erasingAChatsDataUnlinksItsComplaintsAndKeepsTheCaseFile() {
        Complaint mine = submission.submit(report(42L, "jalan berlubang, nama saya Sari Wulandari, HP 081234567890"));
        Complaint other = submission.submit(report(43L, "lampu mati"));
        Instant at = Instant.parse("2026-11-24T03:00:00Z");

        assertThat(erasure.eraseChat(ChatRef.telegram(42L), at)).extracting(Complaint::ticket)
                .containsExactly(mine.ticket());

        Complaint read = complaints.findByTicket(mine.ticket()).orElseThrow();
        assertThat(read.reporter()).isEqualTo(new Reporter(ChatRef.erased(Channel.TELEGRAM), null, null));
        assertThat(read.description()).isEqualTo("jalan berlubang, nama saya [nama disamarkan], HP [nomor HP disamarkan]");
        assertThat(read.transcript()).extracting(TranscriptEntry::text).containsExactly(ComplaintErasure.ON_REQUEST);
        assertThat(read.status()).isEqualTo(ComplaintStatus.BARU);
        assertThat(read.category()).contains(CategoryCode.of("jalan-jembatan"));
        assertThat(read.personalDataErasedAt()).contains(at);
        assertThat(complaints.findByReporterChatOrderByCreatedAtDesc(ChatRef.telegram(42L))).isEmpty();
        assertThat(complaints.findByTicket(other.ticket()).orElseThrow().reporter().name()).isEqualTo("Sari");
        // Again: nothing left to erase.
        assertThat(erasure.eraseChat(ChatRef.telegram(42L), at)).isEmpty();
    }

    @Test
    void retentionErasesOnlyComplaintsClosedBeforeTheCutoff() {
        Complaint closed = submission.submit(report(42L, "jalan berlubang"));
        closed.archive("ani", "duplikat", Instant.parse("2024-01-10T00:00:00Z"));
        complaints.save(closed);
        Complaint closedLater = submission.submit(report(43L, "lampu mati"));
        closedLater.archive("ani", "duplikat", Instant.parse("2025-06-10T00:00:00Z"));
        complaints.save(closedLater);
        Complaint open = submission.submit(report(44L, "sampah"));

        List<Complaint> erased = erasure.eraseClosedBefore(Instant.parse("2025-01-01T00:00:00Z"), ComplaintTestApplication.NOW, 10);

        assertThat(erased).extracting(Complaint::ticket).containsExactly(closed.ticket());
        assertThat(complaints.findByTicket(closed.ticket()).orElseThrow().transcript()).extracting(TranscriptEntry::text)
                .containsExactly(ComplaintErasure.RETENTION_ENDED);
        assertThat(complaints.findByTicket(closedLater.ticket()).orElseThrow().reporter().name()).isEqualTo("Sari");
        assertThat(complaints.findByTicket(open.ticket()).orElseThrow().reporter().name()).isEqualTo("Sari");
        assertThat(erasure.eraseClosedBefore(Instant.parse("2025-01-01T00:00:00Z"), ComplaintTestApplication.NOW, 10))
                .isEmpty();
    }

    @Test
    void theAnswerToADeletionRequestGoesThroughTheOutboxOnce() {
        DataDeletionRequest request = mongo.insert(DataDeletionRequest.of(ChatRef.telegram(42L),
                Instant.parse("2026-11-22T00:00:00Z")));
        Instant at = ComplaintTestApplication.NOW;

        assertThat(decisions.record(request.carriedOut("admin", at, List.of()))).isTrue();
        assertThat(decisions.record(request.refused("admin2", at, "tidak"))).isFalse();

        List<DueNotification> due = outbox.due(at, 10);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(DueNotification.Subject.DATA_DELETED);
            assertThat(d.chat()).isEqualTo(ChatRef.telegram(42L));
        });
        assertThat(outbox.claim(due.getFirst(), at, java.time.Duration.ofMinutes(5))).isTrue();
        assertThat(outbox.claim(due.getFirst(), at, java.time.Duration.ofMinutes(5))).isFalse();
        outbox.markSent(due.getFirst(), 7L, at);
        assertThat(outbox.due(at.plusSeconds(3600), 10)).isEmpty();
        DataDeletionRequest stored = decisions.find(request.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(DeletionRequestState.DILAKSANAKAN);
        assertThat(stored.notification().state()).isEqualTo(NotificationState.SENT);
    }
}
