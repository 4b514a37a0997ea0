package id.aduan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.aduan.AduanApplication;

/**
 * Scripted Indonesian dialogues, each from a chat of its own: the real TelegramBots long-polling client against a
 * fake Bot API on 127.0.0.1, the real app with its embedded store, and the admin API to check what was stored.
 */
@SpringBootTest(classes = AduanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenDialoguesIntegrationTests {

    static final FakeBotApi TELEGRAM = start();
    static final Pattern TICKET = Pattern.compile("ADU-\\d{4}-\\d{6}");
    static final AtomicLong CHATS = new AtomicLong(70_000);

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("aduan.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("aduan.telegram.api-url", TELEGRAM::url);
        registry.add("aduan.data-dir", () -> dataDir.toString());
        registry.add("aduan.notifications.poll-interval", () -> "200ms");
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @Test
    void aFullReportInOneMessageNeedsOnlyPhotoPrivacyAndSend() {
        Citizen sari = new Citizen();
        sari.says("Sampah di TPS Pasar Baru Kel. Sukamaju tidak diangkut sejak 3 hari lalu, baunya sampai ke rumah "
                + "warga", "Setuju?");
        sari.presses("consent:yes", "Ada foto pendukung?");
        sari.says("lewati", "Bagaimana laporan ini ditampilkan?");
        String summary = sari.presses("privacy:biasa", "Periksa laporan Anda");
        assertThat(summary).contains("Lokasi: TPS Pasar Baru").contains("Waktu kejadian: sejak 3 hari lalu");
        String ticket = sari.sends();

        JsonNode stored = api().get("/api/complaints/" + ticket).json();
        assertThat(stored.path("status").path("code").asText()).isEqualTo("baru");
        assertThat(stored.path("description").asText()).startsWith("Sampah di TPS Pasar Baru");
        assertThat(stored.path("reporter").path("chatId").asLong()).isEqualTo(sari.chat);
    }

    @Test
    void aReportBuiltOverEightTurnsKeepsThePhotoAndTheSharedLocation() {
        Citizen budi = new Citizen();
        budi.says("halo min, saya mau lapor", "Setuju?");
        budi.presses("consent:yes", "Ceritakan masalahnya");
        budi.says("Lampu jalan mati", "lebih rinci");
        budi.says("lampunya padam total, jalan jadi gelap dan rawan", "Di mana lokasinya?");
        budi.sharesLocation(-6.91474, 107.60981, "Kapan kejadiannya?");
        budi.says("kemarin", "Ada foto pendukung?");
        budi.sendsPhoto("lampu-1", "Foto diterima (1)");
        assertThat(TELEGRAM.lastButtons(budi.chat)).containsExactly("photo:done");
        budi.presses("photo:done", "Bagaimana laporan ini ditampilkan?");
        String summary = budi.presses("privacy:rahasia", "Periksa laporan Anda");
        assertThat(summary).contains("Keluhan: Lampu jalan mati lampunya padam total")
                .contains("Lokasi: Titik lokasi (-6.91474, 107.60981)").contains("Lampiran: 1 file")
                .contains("Privasi: Rahasia");
        String ticket = budi.sends();

        JsonNode stored = api().get("/api/complaints/" + ticket).json();
        assertThat(stored.path("latitude").asDouble()).isEqualTo(-6.91474);
        assertThat(stored.path("longitude").asDouble()).isEqualTo(107.60981);
        assertThat(stored.path("photos").asInt()).isEqualTo(1);
        assertThat(stored.path("incidentText").asText()).isEqualTo("kemarin");
        assertThat(stored.path("privacy").asText()).isEqualToIgnoringCase("rahasia");
        assertThat(stored.path("transcript").findValuesAsText("text")).contains("[foto]", "kemarin");
    }

    @Test
    void aCorrectionFromTheSummaryIsWhatGetsStored() {
        Citizen citizen = new Citizen();
        citizen.says("Jembatan kayu di depan SDN 3 Sukamaju papannya patah sejak minggu lalu, anak sekolah takut lewat",
                "Setuju?");
        citizen.presses("consent:yes", "Ada foto pendukung?");
        citizen.says("lewati", "Bagaimana laporan ini ditampilkan?");
        citizen.presses("privacy:biasa", "Periksa laporan Anda");
        citizen.presses("edit", "Bagian mana yang ingin diubah?");
        citizen.presses("edit:lokasi", "Di mana lokasinya?");
        String summary = citizen.says("depan SDN 4 Sukamaju, Jl. Kenanga", "Periksa laporan Anda");
        assertThat(summary).contains("Lokasi: depan SDN 4 Sukamaju, Jl. Kenanga");
        String ticket = citizen.sends();

        assertThat(api().get("/api/complaints/" + ticket).json().path("location").asText())
                .isEqualTo("depan SDN 4 Sukamaju, Jl. Kenanga");
    }

    @Test
    void aCancelledReportIsNeverStored() {
        Citizen citizen = new Citizen();
        citizen.says("Drainase di Jl. Kenanga Kel. Sukamaju tersumbat sejak kemarin, air meluap ke jalan",
                "Setuju?");
        citizen.presses("consent:yes", "Ada foto pendukung?");
        citizen.says("batal", "Yakin ingin membatalkan laporan ini?");
        citizen.presses("cancel:yes", "Laporan dibatalkan");
        citizen.says("/laporanku", "Anda belum punya laporan");

        assertThat(TELEGRAM.textsTo(citizen.chat)).noneMatch(t -> t.contains("Nomor tiket"));
    }

    @Test
    void anEmergencyPointsTo112AndStartsNoReport() {
        Citizen citizen = new Citizen();
        String answer = citizen.says("Tolong ada kebakaran di rumah sebelah, apinya besar sekali", "112");
        assertThat(answer).contains("darurat");
        assertThat(TELEGRAM.lastButtons(citizen.chat)).containsExactly("emergency:no");
        assertThat(TELEGRAM.textsTo(citizen.chat)).noneMatch(t -> t.contains("Setuju?"));
    }

    @Test
    void aCitizenSeesTheStatusOfTheirOwnTicketButNothingOfSomeoneElses() {
        Citizen owner = new Citizen();
        owner.says("Trotoar di depan Pasar Baru Kel. Sukamaju rusak sejak bulan lalu, banyak pejalan kaki jatuh",
                "Setuju?");
        owner.presses("consent:yes", "Ada foto pendukung?");
        owner.says("lewati", "Bagaimana laporan ini ditampilkan?");
        owner.presses("privacy:biasa", "Periksa laporan Anda");
        String ticket = owner.sends();

        assertThat(owner.says("cek status " + ticket, "Status: Baru diterima")).contains(ticket);
        assertThat(owner.says("/laporanku", "Laporan Anda:")).contains(ticket);

        Citizen stranger = new Citizen();
        String answer = stranger.says("/status " + ticket, "tidak ditemukan");
        assertThat(answer).doesNotContain("Trotoar").doesNotContain("Status:");
        assertThat(stranger.says("/laporanku", "Anda belum punya laporan")).doesNotContain(ticket);
    }

    @Test
    void theCitizenAddsInformationAnswersTheOfficerAndReopensBeforeRatingTheFix() {
        ApiClient api = api();
        Citizen sari = new Citizen();
        sari.says("Jalan di depan SDN 3 Sukamaju berlubang besar sejak minggu lalu, sudah ada motor jatuh",
                "Setuju?");
        sari.presses("consent:yes", "Ada foto pendukung?");
        sari.says("lewati", "Bagaimana laporan ini ditampilkan?");
        sari.presses("privacy:biasa", "Periksa laporan Anda");
        String ticket = sari.sends();
        assertThat(TELEGRAM.lastButtons(sari.chat)).containsExactly("add:" + ticket);

        // More information, with the button under the confirmation.
        sari.presses("add:" + ticket, "informasi tambahan untuk laporan " + ticket);
        sari.sendsPhoto("lubang-2", "sudah ditambahkan ke laporan " + ticket);
        assertThat(transcript(ticket)).contains("[foto] lubang-2");

        // The officer asks; the citizen's next message is the answer, and the complaint resumes.
        assertThat(api.post("/api/complaints/" + ticket + "/verify", "{}").status()).isEqualTo(200);
        ApiClient.Response asked = api.post("/api/complaints/" + ticket + "/questions",
                "{\"question\":\"Di sebelah mana persisnya lubang itu?\"}");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().path("status").path("code").asText()).isEqualTo("ditunda");
        sari.awaitNew(0, "Petugas bertanya: Di sebelah mana persisnya lubang itu?");
        sari.says("Tepat di depan gerbang sekolah, sisi kiri jalan", "sudah kami teruskan ke petugas");
        JsonNode resumed = api.get("/api/complaints/" + ticket).json();
        assertThat(resumed.path("status").path("code").asText()).isEqualTo("terverifikasi");
        assertThat(resumed.path("transcript").findValuesAsText("text"))
                .contains("Tepat di depan gerbang sekolah, sisi kiri jalan");

        // Done, but not really: "Belum" with a reason reopens it.
        complete(api, ticket, true);
        String done = sari.awaitNew(0, "Sudah beres?");
        assertThat(done).contains("Jalan sudah ditambal");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TELEGRAM.lastButtons(sari.chat))
                .containsExactly("done:yes:" + ticket, "done:no:" + ticket));
        sari.presses("done:no:" + ticket, "Apa yang masih belum selesai");
        sari.says("Lubangnya cuma ditutup tanah, sekarang berlubang lagi", "kami buka kembali");
        JsonNode reopened = api.get("/api/complaints/" + ticket).json();
        assertThat(reopened.path("status").path("code").asText()).isEqualTo("didisposisikan");
        assertThat(reopened.path("timeline").findValuesAsText("note"))
                .anyMatch(n -> n.contains("Lubangnya cuma ditutup tanah"));

        // Done for real: "Ya" and a rating.
        int before = TELEGRAM.textsTo(sari.chat).size();
        complete(api, ticket, false);
        sari.awaitNew(before, "Sudah beres?");
        sari.presses("done:yes:" + ticket, "Seberapa puas Anda");
        assertThat(TELEGRAM.lastButtons(sari.chat)).hasSize(5).contains("rate:" + ticket + ":5");
        sari.presses("rate:" + ticket + ":5", "Terima kasih atas penilaian Anda");
        assertThat(transcript(ticket)).contains("[sudah beres] nilai 5/5");
    }

    @Test
    void aRequestToDeleteOnesDataIsRecorded() {
        Citizen citizen = new Citizen();
        assertThat(citizen.says("/hapusdata", "Permintaan penghapusan data pribadi Anda sudah kami catat"))
                .contains("UU PDP");

        ApiClient.Response requests = api().get("/api/deletion-requests");
        assertThat(requests.status()).isEqualTo(200);
        assertThat(requests.json().findValuesAsText("chatId")).contains(Long.toString(citizen.chat));
    }

    @Test
    void thirtyMessagesInTenSecondsGetAllAnsweredAndOnePoliteSlowDown() {
        Citizen citizen = new Citizen();
        for (int i = 1; i <= 30; i++) {
            TELEGRAM.citizenSays(citizen.chat, "halo");
        }
        // Replies to one chat are paced at about one a second after a small burst (Telegram's limit).
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(TELEGRAM.textsTo(citizen.chat)
                .stream().filter(t -> t.startsWith("Halo! Saya Aduan")).count()).isEqualTo(30));
        assertThat(TELEGRAM.textsTo(citizen.chat).stream().filter(t -> t.contains("kirim pelan-pelan")).count())
                .isEqualTo(1);

        // Still answering normally afterwards.
        citizen.says("Lampu jalan di Gang Melati Kel. Sukamaju mati sejak 5 hari lalu, jalan jadi gelap",
                "Setuju?");
    }

    @Test
    void aSecondCitizenFollowsTheSameProblemInsteadOfSendingADuplicate() {
        ApiClient api = api();
        Citizen sari = new Citizen();
        sari.says("Saluran air di Jl. Dahlia Kel. Cibeunying tersumbat sampah sejak 4 hari lalu, air meluap ke "
                + "rumah warga", "Setuju?");
        sari.presses("consent:yes", "Ada foto pendukung?");
        sari.says("lewati", "Bagaimana laporan ini ditampilkan?");
        sari.presses("privacy:anonim", "Periksa laporan Anda");
        String ticket = sari.sends();

        Citizen budi = new Citizen();
        budi.says("Saluran air di Jl. Dahlia Kel. Cibeunying tersumbat sampah, air meluap ke rumah warga sejak kemarin",
                "Setuju?");
        budi.presses("consent:yes", "Ada foto pendukung?");
        budi.says("lewati", "Bagaimana laporan ini ditampilkan?");
        String offer = budi.presses("privacy:biasa", "sudah dilaporkan warga lain");
        assertThat(offer).contains(ticket).contains("Saluran air di Jl. Dahlia").contains("Status: Baru diterima")
                .doesNotContain("Periksa laporan Anda");
        assertThat(TELEGRAM.lastButtons(budi.chat)).containsExactly("follow:" + ticket, "similar:new");
        budi.presses("follow:" + ticket, "ikut memantau laporan " + ticket);
        assertThat(TELEGRAM.lastButtons(budi.chat)).containsExactly("unfollow:" + ticket);

        // Budi hears of the officer's verification as a follower; his own report was never sent.
        assertThat(api.post("/api/complaints/" + ticket + "/verify", "{\"note\":\"Sudah kami cek.\"}").status())
                .isEqualTo(200);
        budi.awaitNew(0, "Kabar laporan " + ticket + " yang Anda pantau");
        String mine = budi.says("/laporanku", "Laporan Anda:");
        assertThat(mine).contains(ticket + " - Saluran air").contains("dipantau");
        assertThat(TICKET.matcher(mine).results().count()).isEqualTo(1);

        budi.says("/berhenti " + ticket, "tidak lagi memantau laporan " + ticket);
        assertThat(budi.says("/laporanku", "Anda belum punya laporan")).doesNotContain(ticket);
    }

    @Test
    void aRahasiaComplaintIsNeverOfferedToFollow() {
        Citizen first = new Citizen();
        first.says("Pungutan liar di kantor kelurahan Jl. Flamboyan Kel. Margahayu saat mengurus surat pindah, diminta 200 ribu "
                + "sejak bulan lalu", "Setuju?");
        first.presses("consent:yes", "Ada foto pendukung?");
        first.says("lewati", "Bagaimana laporan ini ditampilkan?");
        first.presses("privacy:rahasia", "Periksa laporan Anda");
        String ticket = first.sends();

        Citizen second = new Citizen();
        second.says("Pungutan liar di kantor kelurahan Jl. Flamboyan Kel. Margahayu saat mengurus surat pindah, diminta 200 ribu "
                + "sejak bulan lalu", "Setuju?");
        second.presses("consent:yes", "Ada foto pendukung?");
        second.says("lewati", "Bagaimana laporan ini ditampilkan?");
        second.presses("privacy:biasa", "Periksa laporan Anda");
        assertThat(TELEGRAM.textsTo(second.chat)).noneMatch(t -> t.contains(ticket) || t.contains("warga lain"));
    }

    @Test
    void aComplaintOneFollowsOrThatWasArchivedIsNotOfferedAgain() {
        String report = "Lampu lalu lintas di simpang Jl. Kenanga Kel. Cisaranten mati sejak 2 hari lalu, kendaraan "
                + "hampir bertabrakan";
        Citizen sari = new Citizen();
        sari.says(report, "Setuju?");
        sari.presses("consent:yes", "Ada foto pendukung?");
        sari.says("lewati", "Bagaimana laporan ini ditampilkan?");
        sari.presses("privacy:biasa", "Periksa laporan Anda");
        String ticket = sari.sends();

        Citizen budi = new Citizen();
        budi.says(report, "Setuju?");
        budi.presses("consent:yes", "Ada foto pendukung?");
        budi.says("lewati", "Bagaimana laporan ini ditampilkan?");
        assertThat(budi.presses("privacy:biasa", "sudah dilaporkan warga lain")).contains(ticket);
        budi.presses("follow:" + ticket, "ikut memantau laporan " + ticket);

        // Budi follows it now: telling the same problem again goes on to the summary, with no offer.
        budi.says(report, "Ada foto pendukung?");
        budi.says("lewati", "Bagaimana laporan ini ditampilkan?");
        int before = TELEGRAM.textsTo(budi.chat).size();
        budi.presses("privacy:biasa", "Periksa laporan Anda");
        assertThat(TELEGRAM.textsTo(budi.chat).subList(before, TELEGRAM.textsTo(budi.chat).size()))
                .noneMatch(t -> t.contains(ticket) || t.contains("warga lain"));

        // Once an officer archives it, nobody is offered to follow it any more.
        assertThat(api().post("/api/complaints/" + ticket + "/archive", "{\"reason\":\"Sudah ditangani\"}").status())
                .isEqualTo(200);
        Citizen dewi = new Citizen();
        dewi.says(report, "Setuju?");
        dewi.presses("consent:yes", "Ada foto pendukung?");
        dewi.says("lewati", "Bagaimana laporan ini ditampilkan?");
        dewi.presses("privacy:biasa", "Periksa laporan Anda");
        assertThat(TELEGRAM.textsTo(dewi.chat)).noneMatch(t -> t.contains(ticket) || t.contains("warga lain"));
    }

    @Test
    void textRightAfterAReportAsksWhetherToAddItOrStartANewOne() {
        Citizen sari = new Citizen();
        sari.says("Pohon tumbang di Jl. Anggrek Kel. Sukaluyu menutup setengah jalan sejak tadi pagi", "Setuju?");
        sari.presses("consent:yes", "Ada foto pendukung?");
        sari.says("lewati", "Bagaimana laporan ini ditampilkan?");
        sari.presses("privacy:biasa", "Periksa laporan Anda");
        String ticket = sari.sends();

        String asked = sari.says("Oh ya, kabel listrik juga ikut tertimpa pohonnya", "Tambahkan pesan ini ke laporan "
                + ticket + " atau buat laporan baru?");
        assertThat(asked).doesNotContain("Di mana lokasinya");
        assertThat(TELEGRAM.lastButtons(sari.chat)).containsExactly("choice:add", "choice:new");
        sari.presses("choice:add", "sudah ditambahkan ke laporan " + ticket);
        assertThat(transcript(ticket)).contains("Oh ya, kabel listrik juga ikut tertimpa pohonnya");

        sari.says("Air PDAM di rumah saya tidak mengalir sama sekali sejak kemarin", "atau buat laporan baru?");
        sari.presses("choice:new", "Di mana lokasinya?");
        assertThat(transcript(ticket)).doesNotContain("Air PDAM di rumah saya tidak mengalir sama sekali sejak kemarin");
    }

    @Test
    void anEditedMessageIsExplainedAndAForwardedOneReadAsTheReport() {
        Citizen citizen = new Citizen();
        TELEGRAM.citizenForwards(citizen.chat, "Lampu penerangan di Jl. Cempaka Kel. Cigadung mati semua sejak "
                + "seminggu lalu, warga takut keluar malam");
        citizen.awaitNew(0, "Pesan terusan ini saya baca sebagai isi laporan Anda");
        citizen.presses("consent:yes", "Ada foto pendukung?");

        int before = TELEGRAM.textsTo(citizen.chat).size();
        TELEGRAM.citizenEdits(citizen.chat, "Lampu penerangan di Jl. Cempaka mati sebagian");
        String explained = citizen.awaitNew(before, "Pesan yang Anda ubah tidak saya baca ulang");
        citizen.awaitNew(before, "Ada foto pendukung?");
        assertThat(explained).doesNotContain("Exception");

        citizen.says("lewati", "Bagaimana laporan ini ditampilkan?");
        String summary = citizen.presses("privacy:biasa", "Periksa laporan Anda");
        assertThat(summary).contains("Keluhan: Lampu penerangan di Jl. Cempaka Kel. Cigadung mati semua");
        String ticket = citizen.sends();
        assertThat(transcript(ticket)).contains("[diedit] Lampu penerangan di Jl. Cempaka mati sebagian")
                .anyMatch(t -> t.startsWith("[diteruskan] Lampu penerangan"));
    }

    private void complete(ApiClient api, String ticket, boolean dispose) {
        if (dispose) {
            assertThat(api.post("/api/complaints/" + ticket + "/dispose",
                    "{\"agency\":\"dinas-pupr\",\"note\":\"Diteruskan ke Dinas PUPR\"}").status()).isEqualTo(200);
        }
        assertThat(api.post("/api/complaints/" + ticket + "/follow-up",
                "{\"note\":\"Tim PUPR menambal jalan hari Rabu.\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/complaints/" + ticket + "/complete",
                "{\"note\":\"Jalan sudah ditambal.\"}").status()).isEqualTo(200);
    }

    private List<String> transcript(String ticket) {
        return api().get("/api/complaints/" + ticket).json().path("transcript").findValuesAsText("text");
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** One citizen with a chat of their own, and what the bot has sent to it so far. */
    static final class Citizen {

        final long chat = CHATS.incrementAndGet();

        String says(String text, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenSays(chat, text);
            return awaitNew(before, expected);
        }

        String presses(String data, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenPresses(chat, data);
            return awaitNew(before, expected);
        }

        String sharesLocation(double latitude, double longitude, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenSharesLocation(chat, latitude, longitude);
            return awaitNew(before, expected);
        }

        String sendsPhoto(String fileId, String expected) {
            int before = TELEGRAM.textsTo(chat).size();
            TELEGRAM.citizenSendsPhoto(chat, fileId, null);
            return awaitNew(before, expected);
        }

        /** Presses Send on the summary and returns the ticket number the bot gives. */
        String sends() {
            String confirmation = presses("send", "Nomor tiket:");
            Matcher m = TICKET.matcher(confirmation);
            assertThat(m.find()).isTrue();
            return m.group();
        }

        /** Waits for a message sent after the first {@code before} ones that contains the fragment. */
        String awaitNew(int before, String expected) {
            return await().atMost(Duration.ofSeconds(20)).until(() -> {
                List<String> texts = TELEGRAM.textsTo(chat);
                return texts.subList(Math.min(before, texts.size()), texts.size()).stream()
                        .filter(t -> t.contains(expected)).findFirst().orElse(null);
            }, java.util.Objects::nonNull);
        }
    }
}
