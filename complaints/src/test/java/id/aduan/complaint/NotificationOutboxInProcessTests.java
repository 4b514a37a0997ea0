package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.ticket.TicketNumber;

/**
 * The outbox as on the embedded store, where the complaints that owe a notification are known in this process
 * ({@link PendingNotifications}) instead of found by a query that reads the whole collection: every test of
 * {@link NotificationOutboxTests} again, plus what the in-process record and the compare-and-set updates must keep.
 */
class NotificationOutboxInProcessTests extends NotificationOutboxTests {

    /** What the app's embedded store gets by its condition (this test's store is reached by a URI). */
    @TestConfiguration(proxyBeanMethods = false)
    static class InProcess {
        @Bean
        PendingNotifications pendingNotifications(MongoOperations mongo) {
            return new PendingNotifications(mongo);
        }
    }

    @Autowired
    PendingNotifications pending;

    @BeforeEach
    void forgetEarlierTests() {
        pending.reload(); // the store was dropped: start as after a restart on an empty store
    }

    @Test
    void onlyWritesOfThisProcessAreSeenUntilTheNextStart() {
        // the embedded store belongs to one process: a change made behind its back is read at the next start
        TicketNumber ticket = verifiedComplaintOf(42L);
        DueNotification due = outbox.due(NOW, 10).getFirst();
        outbox.claim(due, NOW, Duration.ofMinutes(5));
        outbox.markSent(due, 7L, NOW);
        mongo.getCollection("complaints").updateOne(new Document("ticket", ticket.toString()),
                new Document("$set", new Document("notifications.0.state", NotificationState.PENDING.name())));

        assertThat(outbox.due(NOW.plus(Duration.ofMinutes(10)), 10)).isEmpty();

        pending.reload();
        assertThat(outbox.due(NOW.plus(Duration.ofMinutes(10)), 10)).extracting(DueNotification::ticket).containsExactly(ticket);
    }

    @Test
    void notificationsOwedBeforeARestartAreFoundAfterIt() {
        verifiedComplaintOf(42L);
        TicketNumber sent = verifiedComplaintOf(43L);
        DueNotification toSend = outbox.due(NOW, 10).stream().filter(d -> d.ticket().equals(sent)).findFirst()
                .orElseThrow();
        outbox.claim(toSend, NOW, Duration.ofMinutes(5));
        outbox.markSent(toSend, 7L, NOW);

        pending.reload(); // what a new process reads at its start

        assertThat(outbox.due(NOW, 10)).extracting(d -> d.chat().chatId()).containsExactly(42L);
        assertThat(outbox.backlog()).isEqualTo(1);
    }

    @Test
    void aSentNotificationLeavesTheBacklogAndIsNotOfferedAgain() {
        verifiedComplaintOf(42L);
        DueNotification due = outbox.due(NOW, 10).getFirst();
        assertThat(outbox.backlog()).isEqualTo(1);

        assertThat(outbox.claim(due, NOW, Duration.ofMinutes(5))).isTrue();
        outbox.markSent(due, 7L, NOW);

        assertThat(outbox.backlog()).isZero();
        assertThat(outbox.due(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void anOfficersSaveBetweenTheSendersReadAndItsRecordKeepsBoth() {
        TicketNumber ticket = verifiedComplaintOf(42L);
        DueNotification due = outbox.due(NOW, 10).getFirst();
        assertThat(outbox.claim(due, NOW, Duration.ofMinutes(5))).isTrue();

        // the officer disposes while "terverifikasi" is on its way to Telegram
        Complaint officersCopy = complaints.findByTicket(ticket).orElseThrow();
        officersCopy.dispose("petugas", AgencyCode.of("dinas-pupr"), null, NOW);
        complaints.save(officersCopy);
        outbox.markSent(due, 7L, NOW);

        Complaint stored = complaints.findByTicket(ticket).orElseThrow();
        assertThat(stored.status()).isEqualTo(ComplaintStatus.DIDISPOSISIKAN);
        assertThat(stored.notifications()).extracting(Notification::status, Notification::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ComplaintStatus.TERVERIFIKASI, NotificationState.SENT),
                org.assertj.core.groups.Tuple.tuple(ComplaintStatus.DIDISPOSISIKAN, NotificationState.PENDING));
        assertThat(outbox.due(NOW, 10)).extracting(d -> d.notification().status())
                .containsExactly(ComplaintStatus.DIDISPOSISIKAN);
    }

    @Test
    void anOfficersCopyReadBeforeTheSenderRecordedCannotUndoTheRecord() {
        TicketNumber ticket = verifiedComplaintOf(42L);
        Complaint officersCopy = complaints.findByTicket(ticket).orElseThrow();
        DueNotification due = outbox.due(NOW, 10).getFirst();
        outbox.claim(due, NOW, Duration.ofMinutes(5));
        outbox.markSent(due, 7L, NOW);

        officersCopy.dispose("petugas", AgencyCode.of("dinas-pupr"), null, NOW);
        assertThatThrownBy(() -> complaints.save(officersCopy)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(complaints.findByTicket(ticket).orElseThrow().notifications()).singleElement()
                .satisfies(n -> assertThat(n.state()).isEqualTo(NotificationState.SENT));
    }

    @Test
    void twoSendersClaimingAtOnceSendItOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            verifiedComplaintOf(100L + round);
        }
        List<DueNotification> due = outbox.due(NOW, 100);
        assertThat(due).hasSize(10);
        try (ExecutorService senders = Executors.newFixedThreadPool(4)) {
            for (DueNotification d : due) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int s = 0; s < 4; s++) {
                    claims.add(senders.submit(() -> {
                        go.await();
                        return outbox.claim(d, NOW, Duration.ofMinutes(5));
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("senders that won the claim of %s", d.ticket()).isEqualTo(1);
            }
        }
    }

    @Test
    void theReporterAndFollowersNotificationsRecordedAtOnceAreAllKept() throws Exception {
        TicketNumber ticket = submission.submit(ComplaintStoreContract.report(42L, "jalan berlubang")).ticket();
        Complaint complaint = complaints.findByTicket(ticket).orElseThrow();
        for (long follower = 1; follower <= 5; follower++) {
            complaint.follow(ChatRef.telegram(BIG_CHAT + follower), NOW);
        }
        complaint.verify("petugas", null, null, "Sedang dicek.", NOW);
        complaints.save(complaint);
        List<DueNotification> due = outbox.due(NOW, 10);
        assertThat(due).hasSize(6);

        // six senders record their chats' notifications on the same complaint at the same moment
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> senders = new ArrayList<>();
        for (DueNotification d : due) {
            senders.add(() -> {
                go.await();
                assertThat(outbox.claim(d, NOW, Duration.ofMinutes(5))).isTrue();
                outbox.markSent(d, d.chat().chatId(), NOW);
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Void>> done = new ArrayList<>();
            senders.forEach(s -> done.add(pool.submit(s)));
            go.countDown();
            for (Future<Void> f : done) {
                f.get();
            }
        }

        Complaint stored = complaints.findByTicket(ticket).orElseThrow();
        assertThat(stored.notifications()).hasSize(6).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo(NotificationState.SENT);
            assertThat(n.attempts()).isEqualTo(1);
        });
        assertThat(stored.notifications()).extracting(Notification::messageId).doesNotHaveDuplicates();
        assertThat(outbox.backlog()).isZero();
    }
}
