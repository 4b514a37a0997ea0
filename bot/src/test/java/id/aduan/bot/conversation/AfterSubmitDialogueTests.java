package id.aduan.bot.conversation;

import java.time.Instant;
import java.util.List;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The citizen's side after submitting: adding information, answering officers, "sudah beres?", /hapusdata. */
class AfterSubmitDialogueTests {

    static final String TICKET = "ADU-2026-000123";

    static Chat submitted() {
        return DialogueTests.atSummary().pressLabelled("Kirim").on(new Incoming.Submitted(TICKET, null, null));
    }

    @Nested
    class AddingInformation {

        @Test
        void offersToAddInformationRightAfterSubmit() {
            Chat chat = submitted();

            assertThat(chat.button("Tambah informasi").data()).isEqualTo("add:" + TICKET);
        }

        @Test
        void attachesTheNextTextToTheReportAfterTheButton() {
            Chat chat = submitted().press("add:" + TICKET);
            assertThat(chat.step()).isEqualTo(Step.ADD_INFO);
            assertThat(chat.said()).isEqualTo(question("add.ask").replace("{0}", TICKET));

            chat.send("Lubangnya sekarang makin lebar, sekitar 1 meter");

            assertThat(chat.last().action()).contains(
                    new Action.AddInformation(TICKET, "Lubangnya sekarang makin lebar, sekitar 1 meter"));
            chat.on(new Incoming.InformationAdded(TICKET, true));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.state().ticket()).isNull();
            assertThat(chat.said()).contains("sudah ditambahkan ke laporan " + TICKET);
        }

        @Test
        void attachesAPhotoWithTheTambahCommand() {
            Chat chat = Chat.returning().send("/tambah " + TICKET).sendPhoto("foto-9", "tambah foto");

            assertThat(chat.last().action()).contains(new Action.AddInformation(TICKET, "[foto] foto-9 tambah foto",
                    List.of("foto-9")));
            assertThat(chat.draft()).isNull();
        }

        @Test
        void explainsTheCommandWithoutATicket() {
            assertThat(Chat.returning().send("/tambah").said()).isEqualTo(question("add.usage"));
        }

        @Test
        void saysWhenTheReportCannotTakeMoreInformation() {
            Chat chat = Chat.returning().send("/tambah " + TICKET).send("info lagi")
                    .on(new Incoming.InformationAdded(TICKET, false));

            assertThat(chat.said()).contains("tidak bisa ditambahkan");
            assertThat(chat.step()).isEqualTo(Step.IDLE);
        }

        @Test
        void cancelsAddingWithBatal() {
            Chat chat = Chat.returning().send("/tambah " + TICKET).send("batal");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.last().action()).isEmpty();
            assertThat(chat.said()).isEqualTo(question("add.cancelled"));
        }

        @Test
        void keepsANewReportBeingWrittenWhenTheOldButtonIsPressed() {
            Chat chat = Chat.returning().send(DialogueTests.FULL_REPORT).press("add:" + TICKET);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft()).isNotNull();
            assertThat(chat.said()).startsWith(question("add.busy"));
        }
    }

    @Nested
    class AnsweringAnOfficer {

        @Test
        void aPhotoSentAsTheAnswerGoesToTheReportAsAFile() {
            Chat chat = submitted().on(new Incoming.QuestionPending(TICKET, "Di sebelah mana lubangnya?"));

            chat.sendPhoto("foto-jawaban", "ini lubangnya");

            assertThat(chat.last().action()).contains(new Action.AnswerQuestion(TICKET,
                    "[foto] foto-jawaban ini lubangnya", List.of("foto-jawaban")));
        }

        @Test
        void takesTheNextMessageAsTheAnswerWhenAQuestionIsPending() {
            Chat chat = submitted().on(new Incoming.QuestionPending(TICKET, "Di sebelah mana lubangnya?"));
            assertThat(chat.step()).isEqualTo(Step.ANSWER_QUESTION);
            assertThat(chat.last().replies()).isEmpty();

            chat.send("Di depan gerbang sekolah");

            assertThat(chat.last().action()).contains(new Action.AnswerQuestion(TICKET, "Di depan gerbang sekolah"));
            chat.on(new Incoming.QuestionAnswered(TICKET, true));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).contains("sudah kami teruskan ke petugas");
        }

        @Test
        void doesNotTakeOverAReportBeingWritten() {
            Chat chat = Chat.returning().send(DialogueTests.FULL_REPORT)
                    .on(new Incoming.QuestionPending(TICKET, "Di mana?"));

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.state().ticket()).isNull();
        }
    }

    @Nested
    class SudahBeres {

        @Test
        void asksForARatingAfterYesAndRecordsIt() {
            Chat chat = submitted().press("done:yes:" + TICKET);
            assertThat(chat.last().replies().getLast().buttons().getFirst()).extracting(Reply.Button::data)
                    .containsExactly("rate:" + TICKET + ":1", "rate:" + TICKET + ":2", "rate:" + TICKET + ":3",
                            "rate:" + TICKET + ":4", "rate:" + TICKET + ":5");

            chat.press("rate:" + TICKET + ":4");

            assertThat(chat.last().action()).contains(new Action.ConfirmResolved(TICKET, 4));
            chat.on(new Incoming.ResolutionConfirmed(TICKET, true));
            assertThat(chat.said()).contains("Terima kasih atas penilaian Anda");
        }

        @Test
        void asksWhyAfterBelumAndReopensWithTheReason() {
            Chat chat = submitted().press("done:no:" + TICKET);
            assertThat(chat.step()).isEqualTo(Step.REOPEN_REASON);

            chat.send("Lubangnya cuma ditutup tanah, sekarang berlubang lagi");

            assertThat(chat.last().action()).contains(
                    new Action.Reopen(TICKET, "Lubangnya cuma ditutup tanah, sekarang berlubang lagi"));
            chat.on(new Incoming.Reopened(TICKET, true));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).contains("kami buka kembali");
        }

        @Test
        void explainsWhenItIsTooLateToReopen() {
            Chat chat = submitted().press("done:no:" + TICKET).send("belum beres")
                    .on(new Incoming.Reopened(TICKET, false));

            assertThat(chat.said()).contains("10 hari kerja");
        }

        @Test
        void ignoresARatingOutsideOneToFive() {
            Chat chat = submitted().press("rate:" + TICKET + ":9");

            assertThat(chat.last().action()).isEmpty();
            assertThat(chat.said()).contains(question("input.stale-button"));
        }
    }

    @Nested
    class PersonalDataWarning {

        static final String WITH_NIK = "Saya ditolak membuat KTP di kantor Kel. Sukamaju kemarin, NIK saya "
                + "3273012345670001 dan nomor saya 0812-3456-7890";

        @Test
        void warnsAndMasksWhenAnAnonymousReportContainsANikOrAPhoneNumber() {
            Chat chat = Chat.returning().send(WITH_NIK).press("photo:skip").press("privacy:anonim");
            assertThat(chat.said()).startsWith(question("pii.warning"));

            chat.pressLabelled("Samarkan");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().description()).doesNotContain("3273012345670001").doesNotContain("3456")
                    .contains("[NIK disamarkan]").contains("[nomor HP disamarkan]");
            assertThat(chat.said()).doesNotContain(question("pii.warning"));
        }

        @Test
        void doesNotWarnAboutAnOrdinaryReport() {
            Chat chat = Chat.returning().send(WITH_NIK).press("photo:skip").press("privacy:biasa");

            assertThat(chat.said()).doesNotContain(question("pii.warning"));
        }

        @Test
        void masksAnIntroducedName() {
            assertThat(PersonalData.masked("nama saya Budi Santoso, jalan rusak")).isEqualTo(
                    "nama saya [nama disamarkan], jalan rusak");
            assertThat(PersonalData.foundIn("jalan rusak parah di Jl. Merdeka 10")).isFalse();
        }
    }

    @Test
    void recordsARequestToDeletePersonalData() {
        Chat chat = Chat.returning().send("/hapusdata");
        assertThat(chat.last().action()).contains(new Action.RequestDataDeletion());

        chat.on(Incoming.DeletionRequested.newlyRecorded());
        assertThat(chat.said()).isEqualTo(question("privacy.deletion-recorded"));
    }

    @Test
    void aSecondRequestWhileTheFirstWaitsNamesTheFirstOnesDate() {
        Chat chat = Chat.returning().send("/hapusdata");

        chat.on(Incoming.DeletionRequested.alreadyWaiting(Instant.parse("2026-11-26T03:00:00Z")));
        assertThat(chat.said()).contains("Kamis, 26 November 2026").contains("masih menunggu admin")
                .doesNotContain("{0}");
    }
}
