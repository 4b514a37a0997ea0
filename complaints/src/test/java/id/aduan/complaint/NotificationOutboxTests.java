package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.complaint.store.StoredValueConversions;
import id.aduan.complaint.ticket.TicketNumbers;
import id.aduan.models.ticket.TicketNumber;

/** The outbox as the sender sees it: claims, the unreachable flag and resuming, 52-bit chat ids. */
@DataMongoTest(properties = "spring.data.mongodb.auto-index-creation=true")
@Import({StoredValueConversions.class, TicketNumbers.class, NotificationOutbox.class, ComplaintSubmission.class})
class NotificationOutboxTests {

    static final Instant NOW = ComplaintTestApplication.NOW;
    static final long BIG_CHAT = (1L << 52) + 12_345L;

    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ComplaintSubmission submission;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InJvmMongo.uri("notification-outbox"));
    }

    @BeforeEach
    void clean() {
        mongo.getDb().drop();
    }

    TicketNumber verifiedComplaintOf(long chatId) {
        TicketNumber ticket = submission.submit(ComplaintStoreContract.report(chatId, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.verify("petugas", null, null, null, NOW);
        complaints.save(complaint);
        return ticket;
    }

    @Test
    void aDueNotificationIsClaimedByOneSenderOnly() {
        verifiedComplaintOf(42L);
        DueNotification due = outbox.due(NOW, 10).getFirst();

        assertThat(outbox.claim(due, NOW, Duration.ofMinutes(5))).isTrue();
        assertThat(outbox.claim(due, NOW, Duration.ofMinutes(5))).isFalse();
        assertThat(outbox.due(NOW.plusSeconds(60), 10)).isEmpty();
        // a sender that died mid-attempt leaves it due again once the claim runs out
        assertThat(outbox.due(NOW.plus(Duration.ofMinutes(5)), 10)).hasSize(1);
    }

    @Test
    void aLaterNotificationWaitsWhileAnEarlierOneOfTheSameComplaintIsRetried() {
        TicketNumber ticket = verifiedComplaintOf(42L);
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.dispose("petugas", id.aduan.models.taxonomy.AgencyCode.of("dinas-pupr"), null, NOW);
        complaints.save(complaint);
        assertThat(outbox.due(NOW, 10)).extracting(d -> d.notification().status())
                .containsExactly(id.aduan.models.status.ComplaintStatus.TERVERIFIKASI,
                        id.aduan.models.status.ComplaintStatus.DIDISPOSISIKAN);

        DueNotification first = outbox.due(NOW, 10).getFirst();
        outbox.retryLater(first, NOW.plusSeconds(30), "Telegram 502");

        // "didisposisikan" is not sent ahead of "terverifikasi"
        assertThat(outbox.due(NOW.plusSeconds(10), 10)).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(30), 10)).extracting(d -> d.notification().status())
                .containsExactly(id.aduan.models.status.ComplaintStatus.TERVERIFIKASI,
                        id.aduan.models.status.ComplaintStatus.DIDISPOSISIKAN);
    }

    @Test
    void aCitizenWhoBlockedTheBotIsFlaggedAndResumedWhenTheyComeBack() {
        TicketNumber ticket = verifiedComplaintOf(BIG_CHAT);
        DueNotification due = outbox.due(NOW, 10).getFirst();
        assertThat(due.chat()).isEqualTo(ChatRef.telegram(BIG_CHAT));

        outbox.markFailed(due, NotificationState.UNREACHABLE, "Telegram 403: bot was blocked by the user");

        Complaint blocked = complaints.findByTicket(ticket).orElseThrow();
        assertThat(blocked.citizenUnreachable()).isTrue();
        assertThat(blocked.notifications().getFirst().state()).isEqualTo(NotificationState.UNREACHABLE);
        assertThat(outbox.due(NOW.plusSeconds(3600), 10)).isEmpty();

        assertThat(outbox.resumeForChat(ChatRef.telegram(BIG_CHAT), NOW.plusSeconds(10))).isEqualTo(1);

        Complaint back = complaints.findByTicket(ticket).orElseThrow();
        assertThat(back.citizenUnreachable()).isFalse();
        assertThat(back.reporter().chat().chatId()).isEqualTo(BIG_CHAT);
        assertThat(outbox.due(NOW.plusSeconds(10), 10)).singleElement()
                .satisfies(d -> assertThat(d.notification().id()).isEqualTo(due.notification().id()));
    }

    @Test
    void blockingOnlyFlagsThatCitizensComplaints() {
        TicketNumber mine = verifiedComplaintOf(BIG_CHAT);
        TicketNumber other = verifiedComplaintOf(BIG_CHAT + 1);

        assertThat(outbox.markCitizenUnreachable(ChatRef.telegram(BIG_CHAT))).isEqualTo(1);

        assertThat(complaints.findByTicket(mine).orElseThrow().citizenUnreachable()).isTrue();
        assertThat(complaints.findByTicket(other).orElseThrow().citizenUnreachable()).isFalse();
        assertThat(outbox.backlog()).isEqualTo(2);
    }

    @Test
    void aFollowersNotificationIsAddressedToTheFollowersChatAfterARoundTrip() {
        TicketNumber ticket = submission.submit(ComplaintStoreContract.report(42L, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.follow(ChatRef.telegram(BIG_CHAT), NOW);
        complaints.save(complaint);
        complaint = complaints.findByTicket(ticket).orElseThrow();
        complaint.verify("petugas", null, null, "Sedang dicek.", NOW);
        complaints.save(complaint);

        assertThat(outbox.due(NOW, 10)).extracting(DueNotification::chat)
                .containsExactlyInAnyOrder(ChatRef.telegram(42L), ChatRef.telegram(BIG_CHAT));
        assertThat(complaints.findByTicket(ticket).orElseThrow().followers()).extracting(Follower::chat)
                .containsExactly(ChatRef.telegram(BIG_CHAT));
    }
}
