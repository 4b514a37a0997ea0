package id.aduan.bot.conversation;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edited and forwarded messages (issue 5, "bad input"): a friendly reply, and the draft is kept. */
class EditedAndForwardedTests {

    @Test
    void anEditIsExplainedAndTheQuestionAskedAgainWithTheDraftKept() {
        Chat chat = Chat.returning().send(DialogueTests.FULL_REPORT);
        Draft before = chat.draft();

        chat.on(new Incoming.Edited("jalan di depan SDN 4 Sukamaju berlubang"));

        assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        assertThat(chat.said()).startsWith(question("input.edited")).contains(question("report.ask-photo"));
        assertThat(chat.draft().description()).isEqualTo(before.description());
        assertThat(chat.draft().location()).isEqualTo(before.location());
        assertThat(chat.draft().transcript()).extracting(e -> e.text())
                .contains("[diedit] jalan di depan SDN 4 Sukamaju berlubang");
    }

    @Test
    void anEditWhileIdleIsOnlyExplained() {
        Chat chat = Chat.returning().on(new Incoming.Edited("halo"));

        assertThat(chat.said()).isEqualTo(question("input.edited"));
        assertThat(chat.step()).isEqualTo(Step.IDLE);
    }

    @Test
    void aForwardedMessageStartsAReportAndTheBotSaysSo() {
        Chat chat = Chat.returning().on(new Incoming.Forwarded(DialogueTests.FULL_REPORT));

        assertThat(chat.said()).startsWith(question("input.forwarded"));
        assertThat(chat.draft().description()).isEqualTo(DialogueTests.FULL_REPORT);
        assertThat(chat.draft().transcript()).extracting(e -> e.text())
                .contains("[diteruskan] " + DialogueTests.FULL_REPORT);
    }

    @Test
    void aForwardedMessageAnswersTheOpenQuestion() {
        Chat chat = Chat.returning().send("Lampu jalan mati total sejak kemarin malam").on(
                new Incoming.Forwarded("Gang Melati RT 03, Kel. Sukamaju"));

        assertThat(chat.said()).startsWith(question("input.forwarded"));
        assertThat(chat.draft().location()).isEqualTo("Gang Melati RT 03, Kel. Sukamaju");
    }

    @Test
    void aForwardedCommandIsContentNotACommand() {
        Chat chat = Chat.returning().send(DialogueTests.FULL_REPORT).on(new Incoming.Forwarded("/batal"));

        assertThat(chat.step()).isNotEqualTo(Step.CONFIRM_CANCEL);
        assertThat(chat.draft()).isNotNull();
    }
}
