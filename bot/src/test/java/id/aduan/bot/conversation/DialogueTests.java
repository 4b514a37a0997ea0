package id.aduan.bot.conversation;

import static id.aduan.bot.conversation.Chat.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.aduan.complaint.Privacy;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.TranscriptEntry;
import id.aduan.models.taxonomy.ReportType;

class DialogueTests {

    static final String FULL_REPORT =
            "jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh";

    /** A returning citizen whose report is complete and shown on the summary card. */
    static Chat atSummary() {
        return Chat.returning().send(FULL_REPORT).sendPhoto("photo-1").press("photo:done").press("privacy:biasa");
    }

    @Nested
    class FreeTextFirst {

        @Test
        void takesWhatWhereAndWhenFromTheFirstMessageAndAsksOnlyForWhatIsMissing() {
            Chat chat = Chat.returning().send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).doesNotContain(question("report.ask-location"))
                    .doesNotContain(question("report.ask-time")).contains(question("report.ask-photo"));
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        }

        @Test
        void asksOneQuestionAtATimeWithAnExample() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam");

            assertThat(chat.last().replies()).hasSize(1);
            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.said()).contains("Di mana lokasinya?").contains("contoh");
        }

        @Test
        void asksForMoreDetailWhenTheDescriptionIsTooShort() {
            Chat chat = Chat.returning().send("jalan rusak");

            assertThat(chat.step()).isEqualTo(Step.ASK_MORE_DETAIL);
            assertThat(chat.said()).isEqualTo(question("report.ask-more-detail"));

            chat.send("lubangnya besar dan dalam, dua motor sudah jatuh");

            assertThat(chat.draft().description()).isEqualTo("jalan rusak lubangnya besar dan dalam, dua motor sudah jatuh");
            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
        }

        @Test
        void buildsAReportOverSeveralTurnsWithPhotosAndASharedLocation() {
            Chat chat = Chat.firstTime().send("lampu jalan mati");
            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);

            chat.pressLabelled("Setuju");
            assertThat(chat.step()).isEqualTo(Step.ASK_MORE_DETAIL);

            chat.send("gelap total kalau malam, warga takut lewat");
            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.lastReply().locationButton()).isEqualTo("Bagikan lokasi");

            chat.shareLocation(-6.914744, 107.609810);
            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);

            chat.send("3 hari lalu");
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);

            chat.sendPhoto("photo-1").sendPhoto("photo-2");
            assertThat(chat.said()).contains("Foto diterima (2)");

            chat.pressLabelled("Selesai");
            assertThat(chat.step()).isEqualTo(Step.ASK_PRIVACY);

            chat.pressLabelled("Anonim");
            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.said()).contains("Keluhan: lampu jalan mati gelap total kalau malam, warga takut lewat")
                    .contains("Lokasi: Titik lokasi (-6.91474, 107.60981)")
                    .contains("Waktu kejadian: 3 hari lalu (20/11/2026)")
                    .contains("Foto: 2 foto")
                    .contains("Jenis: Pengaduan")
                    .contains("Privasi: Anonim")
                    .contains("Kategori: Jalan dan jembatan (perkiraan sistem 87%)")
                    .contains("Instansi tujuan: Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) (perkiraan sistem 91%)");
            assertThat(chat.buttonLabels()).containsExactly("Kirim", "Ubah", "Batal");

            chat.pressLabelled("Kirim");
            assertThat(chat.last().action()).hasValueSatisfying(action -> {
                Draft sent = ((Action.SubmitReport) action).draft();
                assertThat(sent.photos()).containsExactly("photo-1", "photo-2");
                assertThat(sent.latitude()).isEqualTo(-6.914744);
                assertThat(sent.longitude()).isEqualTo(107.609810);
                assertThat(sent.incidentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
                assertThat(sent.privacy()).isEqualTo(Privacy.ANONIM);
                assertThat(sent.reportType()).isEqualTo(ReportType.PENGADUAN);
                assertThat(sent.suggestion().modelVersion()).isEqualTo("test-1");
            });
        }
    }

    @Nested
    class SummaryCard {

        @Test
        void saysAnOfficerDecidesWhenTheClassifierIsUnsure() {
            Chat chat = Chat.returning(text -> Chat.UNSURE).send(FULL_REPORT).press("photo:done")
                    .press("privacy:rahasia");

            assertThat(chat.said()).contains("Kategori: ditentukan petugas")
                    .contains("Instansi tujuan: ditentukan petugas").doesNotContain("%");
        }
    }

    @Nested
    class Corrections {

        @Test
        void changesTheLocationByTypingUbahLokasiAndReturnsToTheSummary() {
            Chat chat = atSummary();
            Draft before = chat.draft();

            chat.send("ubah lokasi");
            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);

            chat.send("Jl. Kenanga No. 7, Kel. Sukamaju");
            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.said()).contains("Lokasi: Jl. Kenanga No. 7, Kel. Sukamaju");
            assertThat(chat.draft().location()).isEqualTo("Jl. Kenanga No. 7, Kel. Sukamaju");
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("location", "transcript")
                    .isEqualTo(before);
        }

        @Test
        void changesTheLocationWithTheUbahButtonAndReturnsToTheSummary() {
            Chat chat = atSummary();
            Draft before = chat.draft();

            chat.pressLabelled("Ubah");
            assertThat(chat.step()).isEqualTo(Step.CHOOSE_EDIT);
            assertThat(chat.buttonLabels()).contains("Keluhan", "Lokasi", "Waktu", "Foto", "Privasi");

            chat.pressLabelled("Lokasi").shareLocation(-6.2, 106.8);
            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().latitude()).isEqualTo(-6.2);
            assertThat(chat.said()).contains("Lokasi: Titik lokasi (-6.20000, 106.80000)");
            assertThat(chat.draft()).usingRecursiveComparison()
                    .ignoringFields("location", "latitude", "longitude", "transcript").isEqualTo(before);
        }

        @Test
        void changesThePrivacyFromTheSummary() {
            Chat chat = atSummary().pressLabelled("Ubah").pressLabelled("Privasi").pressLabelled("Rahasia");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().privacy()).isEqualTo(Privacy.RAHASIA);
        }
    }

    @Nested
    class Cancelling {

        @ParameterizedTest
        @ValueSource(strings = {"batal", "Batal.", "gak jadi", "/batal"})
        void asksForConfirmationBeforeCancelling(String words) {
            Chat chat = Chat.returning().send(FULL_REPORT);
            Draft draft = chat.draft();

            chat.send(words);

            assertThat(chat.step()).isEqualTo(Step.CONFIRM_CANCEL);
            assertThat(chat.said()).isEqualTo(question("cancel.confirm"));
            assertThat(chat.buttonLabels()).containsExactly("Ya, batalkan", "Tidak, lanjutkan");
            assertThat(chat.draft().description()).isEqualTo(draft.description());
        }

        @Test
        void dropsTheDraftOnceConfirmed() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("batal").pressLabelled("Ya, batalkan");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.said()).isEqualTo(question("cancel.done"));
        }

        @Test
        void resumesTheSameQuestionWithTheButton() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("batal").pressLabelled("Tidak, lanjutkan");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("cancel.resumed") + "\n" + question("report.ask-photo"));
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
        }

        @Test
        void saysSoWhenThereIsNothingToCancel() {
            Chat chat = Chat.returning().send("batal");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).isEqualTo(question("cancel.nothing"));
        }
    }

    @Nested
    class Restarting {

        @Test
        void startsAnEmptyReportAndAsksForTheProblem() {
            Chat chat = atSummary().send("ulang");

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().description()).isNull();
            assertThat(chat.draft().location()).isNull();
            assertThat(chat.draft().photos()).isEmpty();
            assertThat(chat.said()).isEqualTo(question("restart.done") + "\n" + question("report.ask-description"));
            assertThat(chat.state().consented()).isTrue();
        }
    }

    @Nested
    class Consent {

        @Test
        void asksOnceOnFirstUseAndRecordsTimeAndVersion() {
            Chat chat = Chat.firstTime().send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);
            assertThat(chat.said()).isEqualTo(question("consent.ask"));
            assertThat(chat.buttonLabels()).containsExactly("Setuju", "Tidak setuju");

            chat.later(Duration.ofMinutes(2)).pressLabelled("Setuju");

            assertThat(chat.state().consentAt()).isEqualTo(Chat.MONDAY_MORNING.plus(Duration.ofMinutes(2)));
            assertThat(chat.state().consentVersion()).isEqualTo(Dialogue.CONSENT_VERSION);
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");

            chat.send("batal").pressLabelled("Ya, batalkan").later(Duration.ofDays(3)).send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).doesNotContain(question("consent.ask"));
            assertThat(chat.state().consentAt()).isEqualTo(Chat.MONDAY_MORNING.plus(Duration.ofMinutes(2)));
        }

        @Test
        void storesNothingWhenDeclined() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).pressLabelled("Tidak setuju");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.state().consentAt()).isNull();
            assertThat(chat.state().consentVersion()).isNull();
            assertThat(chat.said()).isEqualTo(question("consent.declined"));
        }

        @Test
        void reAsksWhenTheAnswerIsNeitherYesNorNo() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).send("maksudnya apa?");

            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);
            assertThat(chat.said()).contains(question("consent.ask"));
            assertThat(chat.state().consentAt()).isNull();
        }
    }

    @Nested
    class Emergencies {

        @Test
        void tellsToCall112AtOnceAndStops() {
            Chat chat = Chat.firstTime().send("Tolong ada kebakaran di Jl. Melati, apinya besar!");

            assertThat(chat.said()).contains("112").contains("113").doesNotContain(question("consent.ask"));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.last().action()).isEmpty();
        }

        @Test
        void takesAPastEventAsAnOrdinaryReport() {
            Chat chat = Chat.returning().send("rumah warga terbakar minggu lalu, butuh bantuan");

            assertThat(chat.said()).doesNotContain("112");
            assertThat(chat.step()).isNotEqualTo(Step.IDLE);
            assertThat(chat.draft().description()).isEqualTo("rumah warga terbakar minggu lalu, butuh bantuan");
        }
    }

    @Nested
    class StatusQuestions {

        @Test
        void looksUpATicketByCommand() {
            Chat chat = Chat.returning().send("/status ADU-2026-000123");

            assertThat(chat.last().action()).contains(new Action.LookUpStatus("ADU-2026-000123"));
            assertThat(chat.last().replies()).isEmpty();
        }

        @Test
        void looksUpATicketWrittenLooselyInChat() {
            Chat chat = Chat.returning().send("cek status adu-2026-123");

            assertThat(chat.last().action()).contains(new Action.LookUpStatus("ADU-2026-000123"));
        }

        @Test
        void explainsHowToAskWhenTheTicketIsMissing() {
            Chat chat = Chat.returning().send("/status");

            assertThat(chat.said()).isEqualTo(question("status.usage"));
            assertThat(chat.last().action()).isEmpty();
        }

        @Test
        void listsTheCitizensReports() {
            Chat chat = Chat.returning().send("/laporanku");

            assertThat(chat.last().action()).contains(new Action.ListReports());
        }

        @Test
        void showsTheStatusOfAFoundReport() {
            Chat chat = Chat.returning().on(new Incoming.StatusLookedUp("ADU-2026-000123", new ReportView(
                    "ADU-2026-000123", "Jalan berlubang di depan SDN 3", "Sedang diproses", "20 November 2026",
                    "Tim sudah meninjau lokasi")));

            assertThat(chat.said()).contains("ADU-2026-000123").contains("Jalan berlubang di depan SDN 3")
                    .contains("Status: Sedang diproses").contains("Catatan petugas: Tim sudah meninjau lokasi");
        }

        @Test
        void saysATicketWasNotFoundWithoutRevealingAnything() {
            Chat chat = Chat.returning().on(new Incoming.StatusLookedUp("ADU-2026-000999", null));

            assertThat(chat.said()).isEqualTo(Chat.TEXTS.get("status.not-found", "ADU-2026-000999"));
        }

        @Test
        void listsReportsNewestFirst() {
            Chat chat = Chat.returning().on(new Incoming.ReportsListed(List.of(
                    new ReportView("ADU-2026-000124", "Sampah menumpuk", "Diterima", "22 November 2026", null),
                    new ReportView("ADU-2026-000123", "Jalan berlubang", "Selesai", "20 November 2026", null))));

            assertThat(chat.said()).isEqualTo("""
                    Laporan Anda:
                    ADU-2026-000124 - Sampah menumpuk - Diterima (22 November 2026)
                    ADU-2026-000123 - Jalan berlubang - Selesai (20 November 2026)""");
        }

        @Test
        void saysWhenThereAreNoReports() {
            Chat chat = Chat.returning().on(new Incoming.ReportsListed(List.of()));

            assertThat(chat.said()).isEqualTo(question("status.list-empty"));
        }

        @Test
        void keepsTheDraftAndReAsksAfterAnAnswerMidReport() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("/laporanku")
                    .on(new Incoming.ReportsListed(List.of()));

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.lastReply().text()).isEqualTo(question("report.ask-photo"));
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }
    }

    @Nested
    class Submitting {

        @Test
        void givesTheTicketAndGoesIdleWhenStored() {
            Chat chat = atSummary().pressLabelled("Kirim");
            assertThat(chat.last().action()).containsInstanceOf(Action.SubmitReport.class);

            chat.on(new Incoming.Submitted("ADU-2026-000123", "Dinas PUPR", "Petugas akan memverifikasi laporan Anda paling lambat 26 November 2026."));

            assertThat(chat.said()).contains("Nomor tiket: ADU-2026-000123").contains("Diteruskan ke: Dinas PUPR")
                    .contains("paling lambat 26 November 2026").contains("/status ADU-2026-000123");
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.state().consented()).isTrue();
        }

        @Test
        void saysAnOfficerRoutesAReportWithoutAgency() {
            Chat chat = atSummary().pressLabelled("Kirim").on(new Incoming.Submitted("ADU-2026-000123", null, null));

            assertThat(chat.said()).contains(question("report.submitted-unrouted"))
                    .contains(question("report.expectation"));
        }

        @Test
        void keepsTheDraftAtTheSummaryWhenStoringFails() {
            Chat chat = atSummary();
            Draft before = chat.draft();

            chat.pressLabelled("Kirim").on(new Incoming.SubmitFailed());

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.said()).contains(question("report.submit-failed")).contains("Periksa laporan Anda");
            assertThat(chat.buttonLabels()).containsExactly("Kirim", "Ubah", "Batal");
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("transcript").isEqualTo(before);
        }

        @Test
        void sendsTheWholeTranscriptWithTheReport() {
            Chat chat = atSummary().pressLabelled("Kirim");

            Draft sent = ((Action.SubmitReport) chat.last().action().orElseThrow()).draft();
            assertThat(sent.transcript()).extracting(TranscriptEntry::speaker).contains(Speaker.CITIZEN, Speaker.BOT);
            assertThat(sent.transcript()).first().isEqualTo(
                    new TranscriptEntry(Chat.MONDAY_MORNING, Speaker.CITIZEN, FULL_REPORT));
            assertThat(sent.transcript()).extracting(TranscriptEntry::text)
                    .contains(question("report.ask-photo")).anyMatch(t -> t.startsWith("Periksa laporan Anda"));
            assertThat(sent.transcript()).last().extracting(TranscriptEntry::speaker).isEqualTo(Speaker.CITIZEN);
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @ValueSource(strings = {"sticker", "voice", "audio", "video", "video_note", "animation", "contact", "poll",
                "dice", "document", "venue"})
        void keepsTheDraftAndReAsksForEveryUnsupportedKind(String kind) {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam");
            Draft before = chat.draft();

            chat.sendUnsupported(kind);

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.said()).startsWith("Maaf, saya belum bisa membaca ");
            assertThat(chat.lastReply().text()).isEqualTo(question("report.ask-location"));
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("transcript").isEqualTo(before);
        }

        @Test
        void namesWhatItCannotRead() {
            assertThat(Chat.returning().sendUnsupported("sticker").said()).contains("stiker");
            assertThat(Chat.returning().sendUnsupported("voice").said()).contains("pesan suara");
            assertThat(Chat.returning().sendUnsupported("animation").said()).contains("GIF");
        }

        @Test
        void reAsksAfterSpacesOnly() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("    ");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("input.empty") + "\n" + question("report.ask-photo"));
        }

        @Test
        void answersAnUnknownCommandAndKeepsTheDraft() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("/hapus");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("input.unknown-command") + "\n" + question("report.ask-photo"));
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }

        @Test
        void keepsTheStateWhenAnOldButtonIsPressedAgain() {
            Chat chat = Chat.returning().send(FULL_REPORT).press("photo:done").press("privacy:biasa");
            Draft before = chat.draft();

            chat.press("privacy:biasa");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.said()).startsWith(question("input.stale-button"));
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("transcript").isEqualTo(before);
            assertThat(chat.last().action()).isEmpty();
        }
    }

    @Nested
    class StaleButtons {

        @Test
        void doesNotSkipThePhotoQuestionWhenTheTimeSkipIsPressedTwice() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .send("Gang Melati RT 02, Kel. Sukamaju").pressLabelled("Lewati");
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);

            chat.press("time:skip");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().photosDone()).isFalse();
            assertThat(chat.said()).isEqualTo(question("input.stale-button") + "\n" + question("report.ask-photo"));
        }

        @Test
        void ignoresAConsentButtonPressedAgain() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).pressLabelled("Setuju").press("consent:no");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.state().consented()).isTrue();
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }

        @Test
        void doesNotSendAgainWhenKirimIsPressedAfterTheReportWasStored() {
            Chat chat = atSummary().pressLabelled("Kirim").on(new Incoming.Submitted("ADU-2026-000123", null, null))
                    .press("send");

            assertThat(chat.last().action()).isEmpty();
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).startsWith(question("input.stale-button"));
        }
    }

    @Nested
    class Help {

        @ParameterizedTest
        @EnumSource(value = Step.class, names = "IDLE", mode = EnumSource.Mode.EXCLUDE)
        void explainsAndReAsksTheSameQuestionAtEveryStep(Step step) {
            Conversation at = Conversation.start("telegram:42").consented(Chat.MONDAY_MORNING, Dialogue.CONSENT_VERSION)
                    .at(Step.CONFIRM, atSummary().draft()).confirmingCancel().at(step, atSummary().draft());
            Dialogue dialogue = new Dialogue(Chat.TEXTS, text -> Chat.ROADS, Chat.CARD);
            List<Reply> question = dialogue.prompt(at);

            for (String ask : List.of("bantuan", "/bantuan", "Bantuan?")) {
                Turn turn = dialogue.on(at, new Incoming.Text(ask), Chat.MONDAY_MORNING);

                assertThat(turn.next().step()).isEqualTo(step);
                assertThat(turn.replies().getFirst().text()).isEqualTo(question("help.general"));
                assertThat(turn.replies().subList(1, turn.replies().size())).isEqualTo(question);
            }
        }
    }
}
