package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.ticket.TicketNumber;

/** What the citizen may do to a submitted complaint: answer a question, confirm it is solved, reopen it. */
class ComplaintCitizenResponseTests {

    static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");
    static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();

    Complaint received() {
        return Complaint.receive(new TicketNumber(2026, 1), ComplaintStoreContract.report(1L, "jalan rusak"), AT);
    }

    Complaint completed() {
        Complaint c = received();
        c.verify("ani", null, null, null, AT);
        c.dispose("ani", AgencyCode.of("dinas-pupr"), "Diteruskan ke PUPR", AT);
        c.followUp("budi", "Tim akan menambal jalan pekan ini", AT);
        c.complete("budi", "Jalan sudah ditambal", AT);
        return c;
    }

    static Instant noonOf(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(WorkingCalendar.JAKARTA).toInstant();
    }

    @Test
    void aQuestionPausesTheComplaintAndTheAnswerReturnsItToWhereItWas() {
        Complaint c = received();
        c.verify("ani", null, null, null, AT);
        c.askCitizen("ani", "Di sebelah mana persisnya lubangnya?", AT);

        assertThat(c.status()).isEqualTo(ComplaintStatus.DITUNDA);
        assertThat(c.openQuestion()).contains("Di sebelah mana persisnya lubangnya?");
        assertThat(c.notifications().getLast().note()).isEqualTo("Di sebelah mana persisnya lubangnya?");

        c.answerQuestion("Di depan gerbang sekolah", AT.plusSeconds(60));

        assertThat(c.status()).isEqualTo(ComplaintStatus.TERVERIFIKASI);
        assertThat(c.openQuestion()).isEmpty();
        assertThat(c.transcript().getLast().text()).isEqualTo("Di depan gerbang sekolah");
        assertThat(c.timeline().getLast().from()).isEqualTo(ComplaintStatus.DITUNDA);
        assertThat(c.timeline().getLast().actor()).isEqualTo("warga");
    }

    @Test
    void refusesAnAnswerWhenNoQuestionIsOpen() {
        Complaint c = received();
        assertThatThrownBy(() -> c.answerQuestion("halo", AT)).isInstanceOf(CitizenActionRefused.class);
        assertThat(c.transcript()).noneMatch(e -> e.text().equals("halo"));
    }

    @Test
    void refusesAQuestionAboutAClosedComplaint() {
        Complaint c = completed();
        assertThatThrownBy(() -> c.askCitizen("ani", "Masih rusak?", AT))
                .isInstanceOf(IllegalStatusTransition.class);
    }

    @Test
    void recordsTheCitizensRatingOnceTheComplaintIsDone() {
        Complaint c = completed();
        c.confirmResolved(5, AT);

        assertThat(c.rating()).contains(5);
        assertThat(c.resolutionConfirmedAt()).contains(AT);
        assertThat(c.status()).isEqualTo(ComplaintStatus.SELESAI);
        assertThatThrownBy(() -> c.confirmResolved(4, AT)).isInstanceOf(CitizenActionRefused.class);
        assertThatThrownBy(() -> c.reopen("belum", AT, CALENDAR)).isInstanceOf(CitizenActionRefused.class);
    }

    @Test
    void refusesARatingBeforeTheComplaintIsDoneOrOutsideOneToFive() {
        assertThatThrownBy(() -> received().confirmResolved(5, AT)).isInstanceOf(CitizenActionRefused.class);
        assertThatThrownBy(() -> completed().confirmResolved(6, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reopensWithTheCitizensReasonOnTheTenthWorkingDayButNotTheEleventh() {
        LocalDate completedOn = WorkingCalendar.dateOf(AT);
        LocalDate lastDay = CALENDAR.addWorkingDays(completedOn, Complaint.REOPEN_WORKING_DAYS);

        Complaint late = completed();
        assertThat(late.canBeReopened(noonOf(lastDay.plusDays(1)), CALENDAR)).isFalse();
        assertThatThrownBy(() -> late.reopen("Masih berlubang", noonOf(lastDay.plusDays(1)), CALENDAR))
                .isInstanceOf(CitizenActionRefused.class);
        assertThat(late.status()).isEqualTo(ComplaintStatus.SELESAI);

        Complaint c = completed();
        c.reopen("Masih berlubang di sisi kiri", noonOf(lastDay), CALENDAR);
        assertThat(c.status()).isEqualTo(ComplaintStatus.DIDISPOSISIKAN);
        assertThat(c.timeline().getLast().note()).contains("Masih berlubang di sisi kiri");
        assertThat(c.transcript().getLast().text()).isEqualTo("Masih berlubang di sisi kiri");
    }

    @Test
    void refusesToReopenAComplaintThatIsNotDone() {
        Complaint c = received();
        assertThatThrownBy(() -> c.reopen("belum", AT, CALENDAR)).isInstanceOf(CitizenActionRefused.class);
    }
}
