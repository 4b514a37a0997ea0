package id.aduan.bot.conversation;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain text soon after a report: "Tambahkan ke laporan ADU-... atau buat laporan baru?" */
class AddOrNewDialogueTests {

    static final String TICKET = "ADU-2026-000123";
    static final String MORE = "Sekarang lubangnya makin lebar dan ada genangan air di dalamnya";

    static Chat afterSubmit() {
        return AfterSubmitDialogueTests.submitted().withRecentReport(TICKET);
    }

    @Test
    void asksWhetherTheTextBelongsToTheRecentReport() {
        Chat chat = afterSubmit().send(MORE);

        assertThat(chat.lookups()).contains(new Action.FindRecentReport());
        assertThat(chat.step()).isEqualTo(Step.ADD_OR_NEW);
        assertThat(chat.said()).isEqualTo(question("addnew.ask").replace("{0}", TICKET));
        assertThat(chat.buttonLabels()).containsExactly("Tambahkan ke " + TICKET, "Buat laporan baru");
        assertThat(chat.last().action()).isEmpty();
    }

    @Test
    void addsTheTextToThatReport() {
        Chat chat = afterSubmit().send(MORE).press("choice:add");

        assertThat(chat.last().action()).contains(new Action.AddInformation(TICKET, MORE));
        chat.on(new Incoming.InformationAdded(TICKET, true));
        assertThat(chat.step()).isEqualTo(Step.IDLE);
        assertThat(chat.draft()).isNull();
        assertThat(chat.said()).contains("sudah ditambahkan ke laporan " + TICKET);
    }

    @Test
    void addsWhenTheCitizenTypesTambahkan() {
        assertThat(afterSubmit().send(MORE).send("tambahkan").last().action())
                .contains(new Action.AddInformation(TICKET, MORE));
    }

    @Test
    void startsTheNormalDialogueWithTheTextAsTheFirstMessage() {
        Chat chat = afterSubmit().send("Lampu jalan di Gang Melati Kel. Sukamaju mati sejak kemarin, gelap sekali")
                .press("choice:new");

        assertThat(chat.draft().description())
                .isEqualTo("Lampu jalan di Gang Melati Kel. Sukamaju mati sejak kemarin, gelap sekali");
        assertThat(chat.draft().location()).isNotNull();
        assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        assertThat(chat.state().ticket()).isNull();
    }

    @Test
    void startsANewReportAtOnceWithoutARecentOpenReport() {
        Chat chat = AfterSubmitDialogueTests.submitted().withRecentReport(null).send(MORE);

        assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
        assertThat(chat.draft().description()).isEqualTo(MORE);
    }

    @Test
    void keepsSmallTalkAndEmergenciesOutOfTheQuestion() {
        assertThat(afterSubmit().send("terima kasih").said()).isEqualTo(question("welcome.thanks"));
        Chat emergency = afterSubmit();
        int lookups = emergency.lookups().size();
        emergency.send("Tolong ada kebakaran di rumah sebelah, apinya besar sekali");
        assertThat(emergency.said()).contains("112");
        assertThat(emergency.lookups()).hasSize(lookups);
    }

    @Test
    void reAsksOnAnUnclearAnswerAndCancelsWithBatal() {
        Chat chat = afterSubmit().send(MORE).send("maksudnya gimana");
        assertThat(chat.step()).isEqualTo(Step.ADD_OR_NEW);
        assertThat(chat.said()).contains(question("addnew.expected"));

        chat.send("batal");
        assertThat(chat.step()).isEqualTo(Step.IDLE);
        assertThat(chat.draft()).isNull();
        assertThat(chat.last().action()).isEmpty();
    }

    @Test
    void aClosedReportTurnsTheTextIntoANewReport() {
        Chat chat = afterSubmit().send(MORE).press("choice:add").on(new Incoming.InformationAdded(TICKET, false));

        assertThat(chat.said()).contains("tidak bisa ditambahkan");
        assertThat(chat.draft().description()).isEqualTo(MORE);
        assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
    }
}
