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

        @ParameterizedTest
        @ValueSource(strings = {"ok", "selesai", "kirim", "lewati"})
        void startsNoReportFromALateAnswerWhileIdle(String words) {
            Chat chat = atSummary().pressLabelled("Kirim").on(new Incoming.Submitted("ADU-2026-000123", null, null))
                    .send(words);

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.said()).isEqualTo(question("welcome.ok"));
        }

        @Test
        void saysThereIsNothingToChangeWhileIdle() {
            Chat chat = Chat.returning().send("ubah lokasi");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.said()).isEqualTo(question("report.edit-nothing"));
        }

        @Test
        void reAsksWhenTheAnswerToWhatHappenedIsOnlyAWishToReport() {
            Chat chat = Chat.returning().send("ulang").send("mau lapor pak");

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().description()).isNull();
        }

        @Test
        void takesAComplaintAboutAnEarlierReportAsANewReport() {
            Chat chat = Chat.returning().send(
                    "laporan saya ke kelurahan belum ditanggapi, jalan di depan SDN 3 Sukamaju masih rusak parah");

            assertThat(chat.last().action()).isEmpty();
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
        }

        @ParameterizedTest
        @ValueSource(strings = {"mau lapor", "Halo min, saya mau lapor", "saya ingin menyampaikan keluhan",
                "Permisi pak, mau mengadu"})
        void asksForTheProblemWhenTheCitizenOnlySaysTheyWantToReport(String words) {
            Chat chat = Chat.returning().send(words);

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().description()).isNull();
            assertThat(chat.said()).isEqualTo(question("report.ask-description"));
        }

        @Test
        void asksForConsentFirstWhenANewCitizenWantsToReport() {
            Chat chat = Chat.firstTime().send("mau lapor").pressLabelled("Setuju");

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().description()).isNull();
        }

        @Test
        void keepsOnlyTheWordsThatSayWhenAsTheIncidentTime() {
            Chat chat = Chat.returning().send(FULL_REPORT).press("photo:done").press("privacy:biasa");

            assertThat(chat.draft().incidentText()).isEqualTo("sejak minggu lalu");
            assertThat(chat.said()).contains("Waktu kejadian: sejak minggu lalu (16/11/2026)");
        }

        @Test
        void takesPlaceAndTimeFromTheDescriptionAfterARestart() {
            Chat chat = atSummary().send("ulang").send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        }

        @Test
        void takesThePlaceFromTheExtraDetail() {
            Chat chat = Chat.returning().send("jalan rusak").send("lubangnya dalam, di depan SDN 3 Sukamaju");

            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
        }

        @Test
        void movesOnWhenTheCitizenSkipsTheExtraDetail() {
            Chat chat = Chat.returning().send("jalan rusak").send("lewati");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.draft().description()).isEqualTo("jalan rusak");
        }

        @Test
        void doesNotTakeAnRtNumberForADate() {
            Chat chat = Chat.returning().send("saluran tersumbat di RT 03/05 Desa Cibodas, air meluap ke jalan");

            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
            assertThat(chat.draft().location()).isEqualTo("RT 03/05 Desa Cibodas");
            assertThat(chat.draft().incidentDate()).isNull();
        }

        @Test
        void greetsBackWithoutStartingAReport() {
            Chat chat = Chat.firstTime().send("Halo min");

            assertThat(chat.said()).isEqualTo(question("welcome.start"));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
        }

        @Test
        void answersThanksAfterAReportWithoutStartingANewOne() {
            Chat chat = atSummary().pressLabelled("Kirim").on(new Incoming.Submitted("ADU-2026-000123", null, null))
                    .send("Terima kasih!");

            assertThat(chat.said()).isEqualTo(question("welcome.thanks"));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
        }

        @Test
        void looksUpATicketNumberSentOnItsOwn() {
            Chat chat = Chat.firstTime().send("ADU-2026-000123");

            assertThat(chat.last().action()).contains(new Action.LookUpStatus("ADU-2026-000123"));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
        }

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

            assertThat(chat.draft().description())
                    .isEqualTo("jalan rusak lubangnya besar dan dalam, dua motor sudah jatuh");
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
                    .contains("Lampiran: 2 file")
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
        void changesTheLocationInOneMessage() {
            Chat chat = atSummary();
            Draft before = chat.draft();

            chat.send("ubah lokasi jadi Jl. Kenanga No. 7, Kel. Sukamaju");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().location()).isEqualTo("Jl. Kenanga No. 7, Kel. Sukamaju");
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("location", "transcript")
                    .isEqualTo(before);
        }

        @Test
        void changesThePrivacyInOneMessage() {
            Chat chat = atSummary().send("ubah privasi: rahasia");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().privacy()).isEqualTo(Privacy.RAHASIA);
        }

        @Test
        void offersTheEditMenuWhenTheCitizenSaysTheSummaryIsWrong() {
            Chat chat = atSummary().send("tidak, ada yang salah");

            assertThat(chat.step()).isEqualTo(Step.CHOOSE_EDIT);
            assertThat(chat.said()).isEqualTo(question("report.choose-edit"));
            assertThat(chat.last().action()).isEmpty();
        }

        @Test
        void sendsOnAShortYes() {
            Chat chat = atSummary().send("ok kirim");

            assertThat(chat.last().action()).containsInstanceOf(Action.SubmitReport.class);
        }

        @Test
        void goesBackToTheSummaryUnchangedWithKembali() {
            Chat chat = atSummary();
            Draft before = chat.draft();

            chat.send("ubah lokasi").send("kembali");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft()).usingRecursiveComparison().ignoringFields("transcript").isEqualTo(before);
        }

        @Test
        void goesBackToTheSummaryFromTheEditMenu() {
            Chat chat = atSummary().pressLabelled("Ubah").pressLabelled("Kembali");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.buttonLabels()).containsExactly("Kirim", "Ubah", "Batal");
        }

        @Test
        void asksTheClassifierAgainWhenTheDescriptionChanges() {
            Chat chat = Chat.returning(text -> text.contains("sampah") ? Chat.UNSURE : Chat.ROADS).send(FULL_REPORT)
                    .press("photo:done").press("privacy:biasa");
            assertThat(chat.said()).contains("Kategori: Jalan dan jembatan");

            chat.send("ubah keluhan").send("sampah menumpuk di TPS Pasar Baru tidak diangkut seminggu");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.said()).contains("Kategori: ditentukan petugas")
                    .contains("Lokasi: depan SDN 3 Sukamaju");
        }

        @Test
        void asksForMoreDetailWhenTheNewDescriptionIsTooShort() {
            Chat chat = atSummary().send("ubah keluhan").send("jalan rusak");
            assertThat(chat.step()).isEqualTo(Step.ASK_MORE_DETAIL);

            chat.send("lubangnya makin besar dan dalam");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().description()).isEqualTo("jalan rusak lubangnya makin besar dan dalam");
        }

        @Test
        void addsPhotosFromTheSummary() {
            Chat chat = atSummary().pressLabelled("Ubah").pressLabelled("Lampiran").sendPhoto("photo-2")
                    .pressLabelled("Selesai");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().photos()).containsExactly("photo-1", "photo-2");
            assertThat(chat.said()).contains("Lampiran: 2 file");
        }

        @Test
        void changesTheTimeFromTheSummary() {
            Chat chat = atSummary().send("ubah waktu").send("kemarin");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(chat.said()).contains("Waktu kejadian: kemarin (22/11/2026)");
        }

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
            assertThat(chat.buttonLabels()).contains("Keluhan", "Lokasi", "Waktu", "Lampiran", "Privasi");

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
        @ValueSource(strings = {"tidak, lanjutkan", "Tidak, lanjutkan.", "lanjut", "lanjutkan", "gak jadi batal",
                "tidak"})
        void resumesTheSameQuestionWhenTheCitizenWantsToGoOn(String words) {
            Chat chat = Chat.returning().send(FULL_REPORT).send("batal").send(words);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("cancel.resumed") + "\n" + question("report.ask-photo"));
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ya", "Ya, batalkan", "batal", "/batal"})
        void cancelsWhenTheCitizenConfirms(String words) {
            Chat chat = Chat.returning().send(FULL_REPORT).send("batal").send(words);

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
        }

        @Test
        void asksAgainWhenTheAnswerCouldMeanEither() {
            Chat chat = Chat.returning().send(FULL_REPORT).send("batal").send("gak jadi");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM_CANCEL);
            assertThat(chat.said()).isEqualTo(question("cancel.confirm"));
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }

        @Test
        void returnsToTheSummaryWhenCancelFromTheSummaryIsDeclined() {
            Chat chat = atSummary().pressLabelled("Batal").pressLabelled("Tidak, lanjutkan");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.buttonLabels()).containsExactly("Kirim", "Ubah", "Batal");
        }

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

        @ParameterizedTest
        @ValueSource(strings = {"ok deh", "iya setuju", "Ya, saya setuju"})
        void acceptsAShortYes(String words) {
            Chat chat = Chat.firstTime().send(FULL_REPORT).send(words);

            assertThat(chat.state().consented()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"boleh tanya dulu?", "ok tapi data saya dipakai untuk apa", "ya tidak"})
        void doesNotTakeAQuestionOrAMixedAnswerForConsent(String words) {
            Chat chat = Chat.firstTime().send(FULL_REPORT).send(words);

            assertThat(chat.state().consented()).isFalse();
            assertThat(chat.state().consentAt()).isNull();
        }

        @Test
        void takesTidakMauAsDeclining() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).send("tidak mau");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
        }

        @Test
        void doesNotSkipConsentWhenALocationIsShared() {
            Chat chat = Chat.firstTime().send("lampu jalan mati sudah lama, gelap sekali").shareLocation(-6.2, 106.8);

            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);
            assertThat(chat.said()).contains(question("consent.ask"));
            assertThat(chat.state().consentAt()).isNull();

            chat.pressLabelled("Setuju");

            assertThat(chat.draft().latitude()).isEqualTo(-6.2);
            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
        }

        @Test
        void keepsAPhotoSentBeforeConsent() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).sendPhoto("photo-1");

            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);
            assertThat(chat.lastReply().text()).isEqualTo(question("consent.ask"));

            chat.pressLabelled("Setuju");

            assertThat(chat.draft().photos()).containsExactly("photo-1");
        }

        @Test
        void acceptsAnEnglishYes() {
            Chat chat = Chat.firstTime().send(FULL_REPORT).send("Yes");

            assertThat(chat.state().consented()).isTrue();
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        }

        @Test
        void dropsWhatWasSentBeforeDecliningConsent() {
            Chat chat = Chat.firstTime().sendPhoto("photo-1").shareLocation(-6.2, 106.8).send("tidak setuju");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.state().consentAt()).isNull();
        }

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
        void tellsToCall112WhenTheExtraDetailRevealsAnEmergency() {
            Chat chat = Chat.returning().send("jalan rusak").send("barusan ada motor jatuh, pengendaranya pingsan");

            assertThat(chat.said()).contains("112");
            assertThat(chat.step()).isEqualTo(Step.IDLE);
        }

        @Test
        void tellsToCall112WhenAPhotoCaptionDescribesAnEmergency() {
            Chat chat = Chat.returning().sendPhoto("photo-1", "kebakaran di rumah sebelah, apinya makin besar");

            assertThat(chat.said()).contains("112");
            assertThat(chat.step()).isEqualTo(Step.IDLE);
        }

        @Test
        void tellsToCall112WhenTheFirstAnswerAfterARestartIsAnEmergency() {
            Chat chat = atSummary().send("ulang").send("ada orang pingsan di depan Kantor Kelurahan Sukamaju");

            assertThat(chat.said()).contains("112");
            assertThat(chat.step()).isEqualTo(Step.IDLE);
        }

        @Test
        void goesOnWithTheReportWhenTheCitizenSaysItIsNotAnEmergency() {
            String text = "tadi pagi ada kecelakaan karena lampu lalu lintas di Simpang Lima mati, sampai sekarang";
            Chat chat = Chat.firstTime().send(text);
            assertThat(chat.said()).contains("112");
            assertThat(chat.buttonLabels()).containsExactly("Bukan darurat, lanjut melapor");

            chat.pressLabelled("Bukan darurat, lanjut melapor");

            assertThat(chat.step()).isEqualTo(Step.AWAIT_CONSENT);
            chat.pressLabelled("Setuju");
            assertThat(chat.draft().description()).isEqualTo(text);
            assertThat(chat.draft().location()).isEqualTo("Simpang Lima");
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        }

        @Test
        void treatsTheNotAnEmergencyButtonAsStaleOnceANewMessageCame() {
            Chat chat = Chat.returning().send("Tolong ada kebakaran di Jl. Melati, apinya besar!")
                    .send("/laporanku").on(new Incoming.ReportsListed(List.of())).send("batal");

            chat.press("emergency:no");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).startsWith(question("input.stale-button"));
        }

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

        @ParameterizedTest
        @ValueSource(strings = {"bagaimana status laporan saya?", "laporan saya sudah sampai mana ya",
                "cek laporan"})
        void listsTheCitizensReportsWhenAskedInWords(String words) {
            Chat chat = Chat.returning().send(words);

            assertThat(chat.last().action()).contains(new Action.ListReports());
            assertThat(chat.draft()).isNull();
        }

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
        void recordsWhatTheCitizenSentAndWhatTheBotRepliedWithTheirTimes() {
            String problem = "Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam";
            Chat chat = Chat.returning().send(problem).later(Duration.ofMinutes(1))
                    .send("Gang Melati RT 02, Kel. Sukamaju");

            assertThat(chat.draft().transcript()).containsExactly(
                    new TranscriptEntry(Chat.MONDAY_MORNING, Speaker.CITIZEN, problem),
                    new TranscriptEntry(Chat.MONDAY_MORNING, Speaker.BOT, question("report.ask-location")),
                    new TranscriptEntry(Chat.MONDAY_MORNING.plusSeconds(60), Speaker.CITIZEN,
                            "Gang Melati RT 02, Kel. Sukamaju"),
                    new TranscriptEntry(Chat.MONDAY_MORNING.plusSeconds(60), Speaker.BOT, question("report.ask-time")));
        }

        @Test
        void givesTheTicketAndGoesIdleWhenStored() {
            Chat chat = atSummary().pressLabelled("Kirim");
            assertThat(chat.last().action()).containsInstanceOf(Action.SubmitReport.class);

            chat.on(new Incoming.Submitted("ADU-2026-000123", "Dinas PUPR",
                    "Petugas akan memverifikasi laporan Anda paling lambat 26 November 2026."));

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
        @ValueSource(strings = {"dekat rumah saya", "di sini", "sekitar sini"})
        void asksForAFindablePlaceWhenTheLocationIsVague(String words) {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .send(words);

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.draft().location()).isNull();
            assertThat(chat.said()).isEqualTo(question("report.location-too-short"));
        }

        @Test
        void keepsALongMessageUpToTheLimitAndSaysSo() {
            String tenThousand = ("Jalan di depan SDN 3 Sukamaju rusak parah dan berlubang. ").repeat(180)
                    .substring(0, 10_000);

            Chat chat = Chat.returning().send(tenThousand);

            assertThat(chat.said()).startsWith(
                    "Pesan Anda sangat panjang, jadi saya simpan 4.000 karakter pertama.");
            assertThat(chat.draft().description()).hasSize(Dialogue.MAX_DESCRIPTION)
                    .isEqualTo(tenThousand.substring(0, Dialogue.MAX_DESCRIPTION));
            assertThat(chat.draft().transcript().getFirst().text()).hasSize(Dialogue.MAX_DESCRIPTION);

            chat.send("kemarin").press("photo:skip").press("privacy:biasa");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.lastReply().text()).hasSizeLessThanOrEqualTo(4096).contains("isi lengkap tetap tersimpan");
            assertThat(chat.draft().description()).hasSize(Dialogue.MAX_DESCRIPTION);
        }

        @Test
        void doesNotSplitAnEmojiAtTheLimit() {
            String text = "a".repeat(Dialogue.MAX_DESCRIPTION - 1) + "\uD83D\uDE21 lagi";

            assertThat(Dialogue.limited(text)).hasSize(Dialogue.MAX_DESCRIPTION - 1);
        }

        @Test
        void keepsTheDraftAndReAsksAfterEmojiOnly() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .send("\uD83D\uDE21\uD83D\uDE21\uD83D\uDE21\uD83D\uDC4D");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.draft().location()).isNull();
            assertThat(chat.said()).isEqualTo(question("input.no-words") + "\n" + question("report.ask-location"));
        }

        @Test
        void startsNoReportFromEmojiOnly() {
            Chat chat = Chat.firstTime().send("\uD83D\uDE4F\uD83D\uDE4F");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.said()).isEqualTo(question("input.no-words") + "\n" + question("welcome.hint"));
        }

        @Test
        void repliesInIndonesianAndGoesOnWhenTheCitizenWritesEnglish() {
            Chat chat = Chat.returning().send("The road in front of the school has a big hole since last week");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.said()).isEqualTo(question("report.ask-location"));
            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 16));

            chat.send("near the central market, Sukamaju");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("report.ask-photo"));
            assertThat(chat.draft().location()).isEqualTo("near the central market, Sukamaju");
        }

        @Test
        void saysHowToStartAfterUnreadableInputWhileIdle() {
            Chat chat = Chat.returning().sendUnsupported("sticker");

            assertThat(chat.said()).isEqualTo(Chat.TEXTS.get("input.unsupported", "stiker") + "\n"
                    + question("welcome.hint"));
        }

        @Test
        void namesAnUnknownKindPolitely() {
            assertThat(Chat.returning().sendUnsupported(null).said()).contains("jenis pesan ini");
        }

        @Test
        void asksForALocationWhenTheCitizenTriesToSkipIt() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .send("lewati");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.said()).isEqualTo(question("report.location-required"));
            assertThat(chat.lastReply().locationButton()).isNotNull();
        }

        @Test
        void asksForAFullerAddressWhenItIsTooShort() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .send("sini");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.said()).isEqualTo(question("report.location-too-short"));
        }

        @Test
        void answersAStoringFailureWithoutADraft() {
            Chat chat = Chat.returning().on(new Incoming.SubmitFailed());

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.said()).startsWith(question("report.submit-failed"));
        }

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
        void saysHowToStartWhenAnOldButtonIsPressedWhileIdle() {
            Chat chat = Chat.returning().press("privacy:biasa");

            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
            assertThat(chat.said()).isEqualTo(question("input.stale-button") + "\n" + question("welcome.hint"));
        }

        @Test
        void keepsTheSummaryWhenAnOldEditMenuButtonIsPressed() {
            Chat chat = atSummary().pressLabelled("Ubah").pressLabelled("Lokasi").send("Jl. Kenanga No. 7")
                    .press("edit:waktu");

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().location()).isEqualTo("Jl. Kenanga No. 7");
        }

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
    class TimeAnswers {

        static Chat atTimeQuestion() {
            return Chat.returning().send("Lampu jalan mati, jalan jadi gelap sekali kalau malam")
                    .send("Gang Melati RT 02, Kel. Sukamaju");
        }

        @Test
        void readsKemarinByTheCalendarInJakarta() {
            // 01:30 on Tuesday 24 November in Jakarta is still Monday evening in UTC.
            Chat chat = atTimeQuestion().later(Duration.ofHours(15).plusMinutes(30)).send("kemarin");

            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @Test
        void refusesATimeInTheFuture() {
            Chat chat = atTimeQuestion().send("besok");

            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
            assertThat(chat.said()).isEqualTo(question("report.time-future"));
            assertThat(chat.draft().hasIncidentTime()).isFalse();
        }

        @Test
        void refusesADateThatDoesNotExist() {
            Chat chat = atTimeQuestion().send("31/02/2026");

            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
            assertThat(chat.said()).isEqualTo(Chat.TEXTS.get("report.time-invalid", "31/02/2026"));
        }

        @Test
        void keepsAnUnrecognisedTimeForTheOfficer() {
            Chat chat = atTimeQuestion().send("waktu magrib");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().incidentText()).isEqualTo("waktu magrib");
            assertThat(chat.draft().incidentDate()).isNull();
        }

        @Test
        void skipsTheTimeWithLewati() {
            Chat chat = atTimeQuestion().send("lewati");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().incidentSkipped()).isTrue();
        }

        @Test
        void keepsTheWholeAnswerAsTheIncidentTime() {
            Chat chat = atTimeQuestion().send("kemarin sekitar jam 7 malam");

            assertThat(chat.draft().incidentText()).isEqualTo("kemarin sekitar jam 7 malam");
            assertThat(chat.draft().incidentDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        }
    }

    @Nested
    class PhotosAndLocations {

        @Test
        void saysAPhotoIsExpectedAndOffersToFinish() {
            Chat chat = Chat.returning().send(FULL_REPORT).sendPhoto("photo-1").send("ini lubangnya");

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).isEqualTo(question("report.photo-expected"));
            assertThat(chat.buttonLabels()).containsExactly("Selesai");

            chat.pressLabelled("Selesai");

            assertThat(chat.step()).isEqualTo(Step.ASK_PRIVACY);
            assertThat(chat.draft().photos()).containsExactly("photo-1");
        }

        @Test
        void startsAReportFromAPhoto() {
            Chat chat = Chat.returning().sendPhoto("photo-1");

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().photos()).containsExactly("photo-1");

            chat.send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().photos()).containsExactly("photo-1");
        }

        @Test
        void takesAPhotoCaptionAsTheFirstMessage() {
            Chat chat = Chat.returning().sendPhoto("photo-1", FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
            assertThat(chat.draft().photos()).containsExactly("photo-1");
        }

        @Test
        void keepsAPhotoSentEarlyAndReAsksTheOpenQuestion() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .sendPhoto("photo-1");

            assertThat(chat.step()).isEqualTo(Step.ASK_LOCATION);
            assertThat(chat.draft().photos()).containsExactly("photo-1");
            assertThat(chat.said()).isEqualTo(Chat.TEXTS.get("report.photo-kept", "Foto", 1) + "\n"
                    + question("report.ask-location"));
        }

        @Test
        void takesACaptionAsTheDescriptionWhenItIsAskedFor() {
            Chat chat = Chat.returning().send("ulang").sendPhoto("photo-1", FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
        }

        @Test
        void refusesMorePhotosThanTheLimit() {
            Chat chat = Chat.returning().send(FULL_REPORT);
            for (int i = 1; i <= Dialogue.MAX_ATTACHMENTS; i++) {
                chat.sendPhoto("photo-" + i);
            }

            chat.sendPhoto("one-too-many");

            assertThat(chat.draft().photos()).hasSize(Dialogue.MAX_ATTACHMENTS).doesNotContain("one-too-many");
            assertThat(chat.said()).startsWith(Chat.TEXTS.get("report.photo-limit", Dialogue.MAX_ATTACHMENTS, "Foto"));
        }

        @Test
        void aFileThatCouldNotBeKeptIsNotCalledReceivedTheOpenQuestionIsAskedAgain() {
            Chat chat = Chat.returning().send(FULL_REPORT).sendPhoto("photo-1");

            chat.sendFileNotKept("video-too-large", FileKind.VIDEO, null);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).doesNotContain("diterima").isEqualTo(question("report.ask-photo"));
            // listed with the report, where the officer sees it is missing and why
            assertThat(chat.draft().photos()).containsExactly("photo-1", "video-too-large");
        }

        @Test
        void aVoiceNoteThatCouldNotBeKeptIsNotSaidToBeKeptForTheOfficer() {
            Chat chat = Chat.returning().send("ulang").sendFileNotKept("voice-1", FileKind.VOICE, null);

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.said()).doesNotContain(Chat.TEXTS.get("report.voice-kept"));
        }

        @Test
        void theCaptionOfAFileThatCouldNotBeKeptStillAnswersTheDescription() {
            Chat chat = Chat.returning().send("ulang").sendFileNotKept("doc-1", FileKind.DOCUMENT, FULL_REPORT);

            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        }

        @Test
        void countsPhotosVideosAndDocumentsTogetherAndNamesEachKind() {
            Chat chat = Chat.returning().send(FULL_REPORT).sendPhoto("photo-1");
            assertThat(chat.said()).startsWith("Foto diterima (1).");

            chat.sendFile("video-1", FileKind.VIDEO, null);
            assertThat(chat.said()).startsWith("Video diterima (2).");

            chat.sendFile("receipt-1", FileKind.DOCUMENT, null);
            assertThat(chat.said()).startsWith("Dokumen diterima (3).");
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);

            chat.pressLabelled("Selesai").press("privacy:biasa");

            assertThat(chat.draft().photos()).containsExactly("photo-1", "video-1", "receipt-1");
            assertThat(chat.said()).contains("Lampiran: 3 file");
        }

        @Test
        void limitsAttachmentsOfAllKindsTogether() {
            Chat chat = Chat.returning().send(FULL_REPORT);
            for (int i = 1; i <= Dialogue.MAX_ATTACHMENTS / 2; i++) {
                chat.sendPhoto("photo-" + i).sendFile("video-" + i, FileKind.VIDEO, null);
            }

            chat.sendFile("receipt-1", FileKind.DOCUMENT, null);

            assertThat(chat.draft().photos()).hasSize(Dialogue.MAX_ATTACHMENTS).doesNotContain("receipt-1");
            assertThat(chat.said()).startsWith("Sudah ada 10 lampiran, itu batasnya. Dokumen ini tidak saya simpan.");
            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
        }

        @Test
        void takesADocumentCaptionAsTheDescriptionWhenItIsAskedFor() {
            Chat chat = Chat.returning().send("ulang");
            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);

            chat.sendFile("receipt-1", FileKind.DOCUMENT, FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
            assertThat(chat.draft().photos()).containsExactly("receipt-1");
            assertThat(chat.draft().transcript()).extracting(TranscriptEntry::text)
                    .contains("[dokumen] " + FULL_REPORT);
        }

        @Test
        void startsAReportFromACaptionedDocument() {
            Chat chat = Chat.returning().sendFile("receipt-1", FileKind.DOCUMENT, FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().description()).isEqualTo(FULL_REPORT);
            assertThat(chat.draft().photos()).containsExactly("receipt-1");
        }

        @Test
        void keepsAVoiceNoteForTheOfficerButAsksForTheStoryTyped() {
            Chat chat = Chat.returning().send("ulang").sendFile("voice-1", FileKind.VOICE, null);

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().description()).isNull();
            assertThat(chat.draft().photos()).containsExactly("voice-1");
            assertThat(chat.said()).isEqualTo(question("report.voice-kept") + "\n"
                    + question("report.ask-description"));

            chat.send(FULL_REPORT);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.draft().photos()).containsExactly("voice-1");
        }

        @Test
        void startsAReportFromAVoiceNoteAndAsksForTheStoryTyped() {
            Chat chat = Chat.returning().sendFile("voice-1", FileKind.VOICE, null);

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);
            assertThat(chat.draft().photos()).containsExactly("voice-1");
            assertThat(chat.said()).startsWith(question("report.voice-kept"));
        }

        @Test
        void takesAVoiceNoteAtThePhotoStepLikeAnyFile() {
            Chat chat = Chat.returning().send(FULL_REPORT).sendFile("voice-1", FileKind.VOICE, null);

            assertThat(chat.step()).isEqualTo(Step.ASK_PHOTO);
            assertThat(chat.said()).startsWith("Pesan suara diterima (1).");
        }

        @Test
        void startsAReportFromASharedLocation() {
            Chat chat = Chat.returning().shareLocation(-6.2, 106.8);

            assertThat(chat.step()).isEqualTo(Step.ASK_DESCRIPTION);

            chat.send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam");

            assertThat(chat.step()).isEqualTo(Step.ASK_TIME);
            assertThat(chat.draft().latitude()).isEqualTo(-6.2);
        }

        @Test
        void keepsTheLocationWhenAnotherIsSharedAtTheSummary() {
            Chat chat = atSummary().shareLocation(-6.2, 106.8);

            assertThat(chat.step()).isEqualTo(Step.CONFIRM);
            assertThat(chat.draft().location()).isEqualTo("depan SDN 3 Sukamaju");
            assertThat(chat.said()).startsWith(Chat.TEXTS.get("report.location-already", "depan SDN 3 Sukamaju"));
        }

        @Test
        void keepsALocationSharedBeforeItWasAskedFor() {
            Chat chat = Chat.returning().send("jalan rusak").shareLocation(-6.2, 106.8);

            assertThat(chat.step()).isEqualTo(Step.ASK_MORE_DETAIL);
            assertThat(chat.draft().latitude()).isEqualTo(-6.2);
        }

        @Test
        void writesPhotosAndLocationsIntoTheTranscript() {
            Chat chat = Chat.returning().send("Lampu jalan mati sudah lama, jalan jadi gelap sekali kalau malam")
                    .sendPhoto("photo-1", "ini fotonya").shareLocation(-6.2, 106.8);

            assertThat(chat.draft().transcript()).extracting(TranscriptEntry::text)
                    .contains("[foto] ini fotonya", "[lokasi] -6.20000, 106.80000");
        }
    }

    @Nested
    class Help {

        @Test
        void explainsWhileIdleWithoutStartingAReport() {
            Chat chat = Chat.firstTime().send("bantuan");

            assertThat(chat.said()).isEqualTo(question("help.general"));
            assertThat(chat.step()).isEqualTo(Step.IDLE);
            assertThat(chat.draft()).isNull();
        }

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
