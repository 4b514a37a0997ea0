package id.aduan.admin.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.admin.notice.OfficerNotifications;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.TimelineEntry;
import id.aduan.complaint.store.StoredValueConversions;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

@DataMongoTest
@Import(StoredValueConversions.class)
class OverdueWatchTests {

    static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    /** Monday 23 November 2026, 10:00 in Jakarta: the verification deadline is Thursday 26 November. */
    static final Instant RECEIVED = Instant.parse("2026-11-23T03:00:00Z");

    static {
        SERVER.bind("127.0.0.1", 0);
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + SERVER.getLocalAddress().getPort() + "/overdue");
    }

    @AfterAll
    static void stop() {
        SERVER.shutdownNow();
    }

    @Autowired
    MongoTemplate mongo;

    Complaint stored(long sequence) {
        Complaint c = Complaint.receive(new TicketNumber(2026, sequence), new NewComplaint(
                new Reporter(ChatRef.telegram(sequence), "Warga", null), "Jalan berlubang di depan pasar", "Pasar",
                null, null, null, null, ReportType.PENGADUAN, Privacy.BIASA, null, List.of(), List.of()), RECEIVED);
        c.refreshDeadline(CALENDAR, RECEIVED);
        return mongo.save(c);
    }

    OverdueWatch at(String instant) {
        return new OverdueWatch(mongo, CALENDAR, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                new OfficerNotifications(mongo));
    }

    @Test
    void escalatesAComplaintOnceWhenItsVerificationDeadlinePasses() {
        mongo.getDb().drop();
        Complaint late = stored(1);
        Complaint verifiedInTime = stored(2);
        verifiedInTime.verify("ani", null, null, null, RECEIVED);
        verifiedInTime.archive("ani", "laporan ganda", RECEIVED);
        mongo.save(verifiedInTime);

        assertThat(at("2026-11-26T16:59:00Z").watch()).as("Thursday 23:59 WIB is still in time").isZero();
        assertThat(at("2026-11-26T17:00:00Z").watch()).as("Friday 00:00 WIB").isEqualTo(1);
        assertThat(at("2026-11-27T05:00:00Z").watch()).as("escalated only once").isZero();

        Complaint reloaded = mongo.findById(late.id(), Complaint.class);
        assertThat(reloaded.overdue()).isTrue();
        assertThat(reloaded.timeline()).extracting(TimelineEntry::note)
                .contains("Melewati batas waktu verifikasi laporan (Kamis, 26 November 2026)");
        assertThat(mongo.count(query(where("overdue").is(true)), Complaint.class)).isEqualTo(1);
        assertThat(mongo.findAll(Document.class, "officer_notifications")).as("one notice per escalation")
                .singleElement().satisfies(notice -> {
                    assertThat(notice.getString("ticket")).isEqualTo("ADU-2026-000001");
                    assertThat(notice.getString("rule")).isEqualTo("verifikasi");
                    assertThat(notice.getString("message")).contains("Kamis, 26 November 2026");
                });
    }

    @Test
    void aNoticeAlreadyRecordedIsNotRecordedAgainWhenTheComplaintSaveFailedInBetween() {
        mongo.getDb().drop();
        Complaint late = stored(3);
        OfficerNotifications notices = new OfficerNotifications(mongo);
        late.refreshDeadline(CALENDAR, Instant.parse("2026-11-27T05:00:00Z"));
        // As if an earlier round had recorded the notice and then died before saving the complaint.
        assertThat(notices.overdue(late, late.deadline().orElseThrow(), "x", RECEIVED)).isTrue();

        assertThat(at("2026-11-27T05:00:00Z").watch()).as("the complaint is escalated now").isEqualTo(1);
        assertThat(mongo.findById(late.id(), Complaint.class).overdue()).isTrue();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "officer_notifications"))
                .isEqualTo(1);
    }
}
