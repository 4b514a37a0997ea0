package id.aduan.bot.conversation;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.aduan.models.taxonomy.CategoryCode;

/** "Ikut memantau": a similar open complaint is offered before the summary, to follow instead of a duplicate. */
class FollowSimilarDialogueTests {

    static final String OTHER = "ADU-2026-000077";
    static final SimilarReport POTHOLE = new SimilarReport(OTHER,
            "Jalan depan SDN 3 Sukamaju berlubang besar, sudah dua motor jatuh di sana minggu ini, tolong segera",
            "Diverifikasi", "depan SDN 3 Sukamaju");

    static Chat atOffer() {
        return Chat.returning().withSimilar(POTHOLE).send(DialogueTests.FULL_REPORT).sendPhoto("photo-1")
                .press("photo:done").press("privacy:biasa");
    }

    @Test
    void looksForTheSameProblemWithTextCategoryAndPlaceBeforeTheSummary() {
        Chat chat = DialogueTests.atSummary();

        assertThat(chat.similarLookups()).containsExactly(new Action.FindSimilar(DialogueTests.FULL_REPORT,
                CategoryCode.of("jalan-jembatan"), "depan SDN 3 Sukamaju", null, null));
        assertThat(chat.step()).isEqualTo(Step.CONFIRM);
        assertThat(chat.said()).contains("Periksa laporan Anda");
    }

    @Test
    void leavesTheCategoryOutWhenTheClassifierIsUnsure() {
        Chat chat = Chat.returning(text -> Chat.UNSURE).send(DialogueTests.FULL_REPORT).sendPhoto("p")
                .press("photo:done").press("privacy:biasa");

        assertThat(chat.similarLookups().getFirst().category()).isNull();
    }

    @Test
    void showsTheSimilarReportBrieflyWithTwoChoices() {
        Chat chat = atOffer();

        assertThat(chat.step()).isEqualTo(Step.OFFER_FOLLOW);
        assertThat(chat.said()).contains(OTHER).contains("Diverifikasi").contains("Lokasi: depan SDN 3 Sukamaju")
                .contains("Jalan depan SDN 3 Sukamaju berlubang besar").doesNotContain("tolong segera")
                .doesNotContain("Periksa laporan Anda");
        assertThat(chat.buttonLabels()).containsExactly("Ikut memantau", "Tetap kirim laporan baru");
        assertThat(chat.button("Ikut memantau").data()).isEqualTo("follow:" + OTHER);
    }

    @Test
    void masksPersonalDataInTheOtherReportsTitle() {
        Chat chat = Chat.returning().withSimilar(new SimilarReport(OTHER, "nama saya Budi Santoso, jalan rusak",
                "Baru diterima", null)).send(DialogueTests.FULL_REPORT).sendPhoto("p").press("photo:done")
                .press("privacy:biasa");

        assertThat(chat.said()).doesNotContain("Budi").contains("[nama disamarkan]").contains("Lokasi: -");
    }

    @Test
    void followingSetsTheDraftAsideAndConfirms() {
        Chat chat = atOffer().pressLabelled("Ikut memantau");
        assertThat(chat.last().action()).contains(new Action.Follow(OTHER));
        assertThat(chat.draft()).isNotNull(); // kept until the follow is recorded

        chat.on(new Incoming.Followed(OTHER, FollowOutcome.FOLLOWING));

        assertThat(chat.step()).isEqualTo(Step.IDLE);
        assertThat(chat.draft()).isNull();
        assertThat(chat.said()).isEqualTo(question("follow.done").replace("{0}", OTHER));
        assertThat(chat.button("Berhenti memantau").data()).isEqualTo("unfollow:" + OTHER);
    }

    @Test
    void followsWhenTheCitizenTypesIt() {
        assertThat(atOffer().send("ikut memantau").last().action()).contains(new Action.Follow(OTHER));
    }

    @Test
    void sendingAnywayShowsTheSummaryAndAsksNoMore() {
        Chat chat = atOffer().pressLabelled("Tetap kirim laporan baru");

        assertThat(chat.step()).isEqualTo(Step.CONFIRM);
        assertThat(chat.said()).contains("Periksa laporan Anda");
        chat.pressLabelled("Kirim");
        assertThat(chat.last().action()).hasValueSatisfying(a -> assertThat(a).isInstanceOf(Action.SubmitReport.class));
        assertThat(chat.similarLookups()).hasSize(1);
    }

    @Test
    void reAsksOnAnythingElseAndKeepsTheDraft() {
        Chat chat = atOffer().send("hmm gimana ya");

        assertThat(chat.step()).isEqualTo(Step.OFFER_FOLLOW);
        assertThat(chat.said()).contains(question("similar.expected")).contains(OTHER);
        assertThat(chat.draft().description()).isEqualTo(DialogueTests.FULL_REPORT);
    }

    @Test
    void goesOnToTheSummaryWhenTheReportClosedMeanwhile() {
        Chat chat = atOffer().pressLabelled("Ikut memantau").on(new Incoming.Followed(OTHER, FollowOutcome.NOT_OPEN));

        assertThat(chat.step()).isEqualTo(Step.CONFIRM);
        assertThat(chat.said()).contains("sudah ditutup").contains("Periksa laporan Anda");
    }

    @Test
    void looksAgainAfterTheComplaintTextChanges() {
        Chat chat = DialogueTests.atSummary().pressLabelled("Ubah").press("edit:keluhan")
                .send("Jalan di depan SDN 3 Sukamaju berlubang dalam, air menggenang dan motor sering jatuh");

        assertThat(chat.similarLookups()).hasSize(2);
        assertThat(chat.step()).isEqualTo(Step.CONFIRM);
    }

    @Test
    void cancellingAtTheOfferComesBackToIt() {
        Chat chat = atOffer().send("batal").pressLabelled("Tidak, lanjutkan");

        assertThat(chat.step()).isEqualTo(Step.OFFER_FOLLOW);
        assertThat(chat.said()).contains(OTHER);
    }

    @Test
    void stopsFollowingWithTheCommandOrTheButton() {
        Chat chat = Chat.returning().send("/berhenti " + OTHER);
        assertThat(chat.last().action()).contains(new Action.Unfollow(OTHER));
        chat.on(new Incoming.Unfollowed(OTHER, true));
        assertThat(chat.said()).isEqualTo(question("follow.stopped").replace("{0}", OTHER));

        assertThat(Chat.returning().press("unfollow:" + OTHER).last().action()).contains(new Action.Unfollow(OTHER));
        assertThat(Chat.returning().send("/berhenti").said()).isEqualTo(question("follow.stop-usage"));
        assertThat(Chat.returning().on(new Incoming.Unfollowed(OTHER, false)).said()).contains("tidak sedang");
    }

    @Test
    void anOldFollowButtonDoesNotDisturbANewReport() {
        Chat chat = Chat.returning().send(DialogueTests.FULL_REPORT).press("follow:" + OTHER);

        assertThat(chat.last().action()).isEmpty();
        assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        assertThat(chat.said()).contains(question("add.busy"));
    }

    @Test
    void listsFollowedReportsMarked() {
        Chat chat = Chat.returning().on(new Incoming.ReportsListed(List.of(
                new ReportView("ADU-2026-000124", "Sampah menumpuk", "Baru diterima", "22 November 2026", null),
                new ReportView(OTHER, "Jalan berlubang", "Diverifikasi", "21 November 2026", null, true))));

        assertThat(chat.said()).contains("ADU-2026-000124 - Sampah menumpuk - Baru diterima (22 November 2026)\n")
                .contains(OTHER + " - Jalan berlubang - Diverifikasi (21 November 2026) - dipantau");
        assertThat(chat.said().lines().filter(l -> l.contains("dipantau"))).hasSize(1);
    }
}
