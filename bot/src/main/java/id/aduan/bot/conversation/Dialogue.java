package id.aduan.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import id.aduan.bot.conversation.Incoming.ButtonPressed;
import id.aduan.bot.conversation.Incoming.DeletionRequested;
import id.aduan.bot.conversation.Incoming.InformationAdded;
import id.aduan.bot.conversation.Incoming.QuestionAnswered;
import id.aduan.bot.conversation.Incoming.QuestionPending;
import id.aduan.bot.conversation.Incoming.Reopened;
import id.aduan.bot.conversation.Incoming.ResolutionConfirmed;
import id.aduan.bot.conversation.Incoming.LocationShared;
import id.aduan.bot.conversation.Incoming.FileShared;
import id.aduan.bot.conversation.Incoming.ReportsListed;
import id.aduan.bot.conversation.Incoming.StatusLookedUp;
import id.aduan.bot.conversation.Incoming.SubmitFailed;
import id.aduan.bot.conversation.Incoming.Submitted;
import id.aduan.bot.conversation.Incoming.Text;
import id.aduan.bot.conversation.Incoming.Unsupported;
import id.aduan.bot.conversation.Reply.Button;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.SuggestionSnapshot;
import id.aduan.models.deadline.IndonesianDates;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.ticket.TicketNumber;

/**
 * The Indonesian reporting dialogue: free text first, then one short question for each missing slot, a summary
 * card, and repair ("batal", "ulang", "ubah lokasi", "bantuan") at every step. Pure: state and event in, next state
 * and replies out.
 */
public final class Dialogue {

    static final String CONSENT_VERSION = "pdp-2026-11";
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ATTACHMENTS = 10;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Set<String> CANCEL_WORDS = Set.of("batal", "batalkan", "gak jadi", "ga jadi", "gk jadi",
            "nggak jadi", "ngga jadi", "enggak jadi", "tidak jadi", "tdk jadi", "cancel");
    /** At the "are you sure?" question these confirm; "gak jadi" there could mean either, so it re-asks. */
    private static final Set<String> CANCEL_YES = Set.of("ya", "iya", "y", "yes", "ok", "oke", "betul", "benar",
            "yakin", "ya batalkan", "ya batal", "iya batalkan", "batalkan", "batal", "hapus", "ya hapus", "cancel");
    private static final Set<String> CANCEL_NO = Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "no",
            "jangan", "tidak lanjutkan", "lanjut", "lanjutkan", "gak jadi batal", "tidak jadi batal",
            "ga jadi batal", "nggak jadi batal", "kembali", "tidak jangan", "jangan dibatalkan");
    private static final Set<String> SKIP_WORDS = Set.of("lewati", "lewat", "skip", "tidak ada", "tdk ada",
            "gak ada", "ga ada", "nggak ada", "tidak", "tdk", "gak", "ga", "selesai", "sudah", "udah", "sdh", "cukup",
            "tidak tahu", "tidak tau", "gak tau", "ga tau", "nggak tahu", "lupa", "no");
    private static final Set<String> YES_WORDS = Set.of("ya", "iya", "y", "yes", "ok", "oke", "okay", "setuju",
            "saya setuju", "benar", "betul", "kirim", "kirimkan", "ya kirim", "sudah benar", "lanjut", "agree",
            "send", "boleh", "silakan");
    /** First words that make a longer answer a yes ("ok deh", "iya setuju") or a no ("tidak mau", "gak usah"). */
    private static final Set<String> YES_LEADS = Set.of("ya", "iya", "yes", "ok", "oke", "okay", "setuju", "siap",
            "baik", "betul", "benar");
    private static final Set<String> NO_LEADS = Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga",
            "no", "jangan", "tolak", "belum");
    /** Words that name no findable place on their own: "dekat rumah saya", "di sini". */
    private static final Set<String> VAGUE_PLACE = Set.of("dekat", "dkt", "depan", "dpn", "di", "sekitar", "rumah",
            "saya", "sini", "situ", "sana", "kami", "kita", "daerah", "tempat", "wilayah", "lingkungan", "sebelah",
            "belakang", "samping", "seberang", "jalan", "jln", "gang", "kampung", "desa", "kota", "sekitaran", "ini",
            "itu", "pokoknya", "pinggir", "ujung", "tengah");
    /** "mau lapor", "halo min, saya ingin mengadu": the wish to report, without the report itself. */
    private static final Pattern WANTS_TO_REPORT = Pattern.compile(
            "^(?:(?:halo|hai|hi|pagi|siang|sore|malam|selamat \\w+|assalamualaikum|permisi|min|admin|pak|bu|kak|mas"
                    + "|mbak)\\s+)*(?:saya\\s+|sy\\s+|aku\\s+)?(?:mau|ingin|pengen|pingin|akan|bisa|boleh)?\\s*"
                    + "(?:lapor|melapor|mengadu|ngadu|komplain|membuat laporan|buat laporan|bikin laporan"
                    + "|menyampaikan (?:keluhan|aduan|laporan|pengaduan)|mengajukan (?:keluhan|aduan|pengaduan))"
                    + "(?:\\s+(?:pak|bu|min|kak|mas|mbak|dong|nih|ya|gimana|bagaimana|caranya))*$");
    /** "bagaimana status laporan saya?", "laporan saya sudah sampai mana": a question about own reports. */
    private static final Pattern ASKS_ABOUT_REPORTS = Pattern.compile(
            "\\b(?:status|perkembangan|progres|progress|kelanjutan|tindak lanjut|nasib)\\b.*\\blaporan\\b"
                    + "|\\blaporan (?:saya|sy|aku|kami)\\b.*\\b(?:sampai mana|gimana|bagaimana|sudah|belum|kapan)\\b"
                    + "|\\b(?:cek|lihat|daftar) laporan\\b");
    /** At the "similar report" offer: follow it, or send the new report anyway. */
    private static final Set<String> FOLLOW_WORDS = Set.of("ikut memantau", "ikut", "pantau", "memantau",
            "ikut pantau", "pantau saja", "ikut saja", "ikut memantau saja");
    private static final Set<String> SEND_ANYWAY_WORDS = Set.of("tetap kirim", "tetap kirim laporan baru",
            "kirim baru", "laporan baru", "buat baru", "buat laporan baru", "tetap", "kirim saja", "tetap lapor");
    /** At "add to ADU-... or a new report?". */
    private static final Set<String> ADD_WORDS = Set.of("tambahkan", "tambah", "tambahkan ke laporan",
            "tambahkan saja", "laporan lama", "ke laporan lama", "tambah ke laporan");
    private static final Set<String> NEW_REPORT_WORDS = Set.of("laporan baru", "baru", "buat baru",
            "buat laporan baru", "lapor baru", "yang baru");
    private static final Set<String> NO_WORDS = Set.of("tidak", "tdk", "gak", "ga", "nggak", "enggak", "no",
            "tidak setuju", "gak setuju", "ga setuju", "nggak setuju", "jangan", "tolak", "menolak");
    private static final Set<String> HELP_WORDS = Set.of("bantuan", "help", "tolong bantu", "cara pakai",
            "caranya gimana", "bingung");
    private static final Set<String> RESTART_WORDS = Set.of("ulang", "ulangi", "mulai ulang", "mulai lagi",
            "dari awal", "restart");
    private static final Set<String> BACK_WORDS = Set.of("kembali", "batal ubah", "gak jadi ubah", "tidak jadi ubah",
            "back");
    private static final Set<String> NOT_EMERGENCY = Set.of("bukan darurat", "tidak darurat", "gak darurat",
            "bukan", "lanjut melapor", "lanjut");
    private static final Set<String> GREETINGS = Set.of("halo", "hallo", "helo", "hai", "hi", "hello", "hey", "p",
            "ping", "tes", "test", "permisi", "pagi", "siang", "sore", "malam", "selamat pagi", "selamat siang",
            "selamat sore", "selamat malam", "assalamualaikum", "assalamu alaikum", "assalamualaikum wr wb", "min",
            "halo min", "halo admin", "admin", "hai min", "start", "mulai");
    private static final Set<String> THANKS = Set.of("terima kasih", "terimakasih", "makasih", "makasi", "trims",
            "thanks", "thank you", "tq", "thx", "terima kasih banyak", "makasih ya", "terima kasih ya",
            "ok terima kasih", "oke terima kasih", "ok makasih", "oke makasih", "siap terima kasih");
    /** Short answers that only make sense to a question; while idle they start no report. */
    private static final Set<String> OKAYS = Set.of("ok", "oke", "okay", "baik", "siap", "sip", "mantap", "ya",
            "iya", "y", "kirim", "lanjut", "setuju", "selesai", "lewati", "skip", "sudah", "cukup", "tidak", "gak",
            "tidak ada", "gak ada", "no", "yes");

    private final Texts texts;
    private final ReportClassifier classifier;
    private final SummaryCard summary;

    public Dialogue(Texts texts, ReportClassifier classifier, SummaryCard summary) {
        this.texts = texts;
        this.classifier = classifier;
        this.summary = summary;
    }

    /** Handles one event for one conversation. */
    public Turn on(Conversation conversation, Incoming incoming, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, JAKARTA);
        Optional<Turn> aboutReport = aboutSubmittedReport(conversation, incoming);
        if (aboutReport.isPresent()) {
            return recorded(aboutReport.get(), incoming, now);
        }
        Turn turn = switch (incoming) {
            case Text t -> onText(conversation, t.text() == null ? "" : t.text().strip(), today, now);
            case ButtonPressed b -> onButton(conversation, b.data(), today, now);
            case LocationShared l -> onLocation(conversation, l, today);
            case FileShared f -> onFile(conversation, f, today, now);
            case Unsupported u -> retry(conversation, texts.get("input.unsupported", kindName(u.kind())));
            case Submitted s -> Turn.of(conversation.idle(), Reply.withButtons(texts.get("report.submitted",
                    s.ticket(), s.agencyName() == null ? texts.get("report.submitted-unrouted") : s.agencyName(),
                    s.expectation() == null ? texts.get("report.expectation") : s.expectation()),
                    List.of(List.of(new Button(texts.get("add.button"), "add:" + s.ticket())))));
            case SubmitFailed f -> conversation.draft() == null
                    ? retry(conversation, texts.get("report.submit-failed"))
                    : Turn.of(conversation.at(Step.CONFIRM, conversation.draft()),
                            Reply.text(texts.get("report.submit-failed")), summary.render(conversation.draft()));
            case StatusLookedUp s -> reprompt(conversation, status(s));
            case ReportsListed r -> reprompt(conversation, list(r));
            case QuestionPending q -> conversation.step() == Step.IDLE && conversation.draft() == null
                    ? Turn.of(conversation.about(Step.ANSWER_QUESTION, q.ticket()), List.of())
                    : Turn.of(conversation, List.of());
            case InformationAdded a -> !a.added() && conversation.step() == Step.ADD_OR_NEW
                    && conversation.draft() != null
                    // The report closed meanwhile: the text is not lost, it starts a new report.
                    ? prefixed(texts.get("add.refused", a.ticket()), startReport(conversation.idle(),
                            conversation.draft(), conversation.draft().description(), today))
                    : Turn.of(conversation.idle(), Reply.text(a.added()
                    ? texts.get("add.done", a.ticket()) : texts.get("add.refused", a.ticket())));
            case QuestionAnswered a -> Turn.of(conversation.idle(), Reply.text(a.delivered()
                    ? texts.get("answer.sent", a.ticket()) : texts.get("answer.refused", a.ticket())));
            case ResolutionConfirmed r -> reprompt(conversation, r.recorded()
                    ? texts.get("done.thanks", r.ticket()) : texts.get("done.refused", r.ticket()));
            case Reopened r -> Turn.of(conversation.idle(), Reply.text(r.reopened()
                    ? texts.get("done.reopened", r.ticket()) : texts.get("done.reopen-refused", r.ticket())));
            case Incoming.GroupMessage g -> conversation.updatedAt() == null
                    ? Turn.of(conversation.idle(), Reply.text(texts.get("group.private-only")))
                    : Turn.of(conversation, List.of());
            case DeletionRequested d -> reprompt(conversation, !d.recorded() ? texts.get("input.failure")
                    : d.waitingSince() == null ? texts.get("privacy.deletion-recorded")
                    : texts.get("privacy.deletion-waiting",
                            IndonesianDates.format(LocalDate.ofInstant(d.waitingSince(), JAKARTA))));
            case Incoming.SimilarFound f -> similarFound(conversation, f.reports());
            case Incoming.Followed f -> followed(conversation, f.ticket(), f.outcome());
            case Incoming.Unfollowed u -> reprompt(conversation, u.stopped()
                    ? texts.get("follow.stopped", u.ticket()) : texts.get("follow.not-following", u.ticket()));
            case Incoming.RecentReportFound r -> recentReportFound(conversation, r.ticket(), today);
            case Incoming.Edited e -> reprompt(conversation, texts.get("input.edited"));
            case Incoming.Forwarded f -> forwarded(conversation, f.text(), today, now);
        };
        return recorded(turn, incoming, now);
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private Turn onText(Conversation c, String text, LocalDate today, Instant now) {
        return onText(c, text, today, now, false);
    }

    /** {@code content}: the text is content (forwarded), never a command or a repair phrase like "batal". */
    private Turn onText(Conversation c, String text, LocalDate today, Instant now, boolean content) {
        if (text.isEmpty()) {
            return retry(c, texts.get("input.empty"));
        }
        if (text.length() > MAX_DESCRIPTION) {
            Turn t = onText(c, limited(text), today, now, content);
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text(texts.get("report.too-long", MAX_DESCRIPTION)));
            replies.addAll(t.replies());
            return new Turn(t.next(), replies, t.action());
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return retry(c, texts.get("input.no-words"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/") && !content) {
            return onCommand(c, lower, text);
        }
        // Punctuation and spacing do not change what a short answer means: "Tidak, lanjutkan." = "tidak lanjutkan".
        String words = lower.replaceAll("[\\p{Punct}&&[^/-]]+", " ").replaceAll("\\s+", " ").strip();
        Optional<Turn> global = content ? Optional.empty() : onPhrase(c, words, text, today, now);
        if (global.isPresent()) {
            return global.get();
        }
        return switch (c.step()) {
            case IDLE -> onIdle(c, text, words, today);
            case AWAIT_CONSENT -> isNo(words) ? Turn.of(c.idle(), Reply.text(texts.get("consent.declined")))
                    : isYes(words) ? consent(c, today, now)
                    : Turn.of(c, prompt(c));
            case ASK_DESCRIPTION -> GREETINGS.contains(words) || WANTS_TO_REPORT.matcher(words).matches()
                    ? Turn.of(c, prompt(c))
                    : describe(c, c.draft().withDescription(text), text, today);
            case ASK_MORE_DETAIL -> SKIP_WORDS.contains(words) ? advance(c, c.draft(), false)
                    : addDetail(c, text, today);
            case ASK_LOCATION -> SKIP_WORDS.contains(words)
                    ? Turn.of(c, Reply.askingForLocation(texts.get("report.location-required"),
                            texts.get("report.share-location")))
                    : text.length() < 5 || vague(words)
                    ? Turn.of(c, Reply.askingForLocation(texts.get("report.location-too-short"),
                            texts.get("report.share-location")))
                    : advance(c, c.draft().withLocation(text, null, null), false);
            case ASK_TIME -> onTime(c, text, words, today);
            case ASK_PHOTO -> SKIP_WORDS.contains(words) ? advance(c, c.draft().withPhotosDone(true), false)
                    : Turn.of(c, Reply.withButtons(texts.get("report.photo-expected"), List.of(List.of(
                            c.draft().photos().isEmpty() ? new Button(texts.get("report.skip"), "photo:skip")
                                    : new Button(texts.get("report.photo-done"), "photo:done")))));
            case ASK_PRIVACY -> privacyFrom(words).map(p -> advance(c, c.draft().withPrivacy(p), false))
                    .orElseGet(() -> Turn.of(c, prompt(c)));
            // "tidak, ada yang salah" at the summary means something needs changing.
            case CONFIRM -> words.equals("samarkan")
                    ? confirm(c, c.draft().withDescription(PersonalData.masked(c.draft().description())))
                    : isNo(words) || Set.of("ubah", "edit", "ganti", "koreksi").contains(words)
                    ? Turn.of(c.at(Step.CHOOSE_EDIT, c.draft()), editMenu())
                    : isYes(words) ? submit(c)
                    : Turn.of(c, Reply.text(texts.get("report.confirm-expected")), summary.render(c.draft()));
            case CHOOSE_EDIT -> edit(c, words).orElseGet(() -> Turn.of(c, editMenu()));
            case CONFIRM_CANCEL -> CANCEL_NO.contains(words) || isNo(words) ? resumed(c)
                    : CANCEL_YES.contains(words) || isYes(words) ? cancelled(c) : Turn.of(c, prompt(c));
            case ADD_INFO -> Turn.of(c, List.of()).withAction(new Action.AddInformation(c.ticket(), limited(text)));
            case ANSWER_QUESTION -> Turn.of(c, List.of())
                    .withAction(new Action.AnswerQuestion(c.ticket(), limited(text)));
            case REOPEN_REASON -> Turn.of(c, List.of()).withAction(new Action.Reopen(c.ticket(), limited(text)));
            case OFFER_FOLLOW -> FOLLOW_WORDS.contains(words) ? follow(c)
                    : SEND_ANYWAY_WORDS.contains(words) || isYes(words) ? confirm(c, c.draft())
                    : reprompt(c, texts.get("similar.expected"));
            case ADD_OR_NEW -> c.ticket() == null || NEW_REPORT_WORDS.contains(words)
                    ? startReport(c.idle(), c.draft(), c.draft().description(), today)
                    : ADD_WORDS.contains(words) || isYes(words) ? addPending(c)
                    : reprompt(c, texts.get("addnew.expected"));
        };
    }

    private Turn onCommand(Conversation c, String lower, String original) {
        String[] parts = lower.split("\\s+", 2);
        String command = parts[0].replaceAll("@.*$", "");
        String argument = parts.length > 1 ? original.strip().split("\\s+", 2)[1] : "";
        return switch (command) {
            case "/start" -> c.step() == Step.IDLE ? Turn.of(c.idle(), Reply.text(texts.get("welcome.start")))
                    : Turn.of(c, prompt(c));
            case "/bantuan", "/help" -> reprompt(c, texts.get("help.general"));
            case "/batal" -> c.step() == Step.CONFIRM_CANCEL ? cancelled(c) : cancel(c);
            case "/ulang" -> restart(c);
            case "/status" -> lookUp(c, argument);
            case "/laporanku" -> Turn.of(c, List.of()).withAction(new Action.ListReports());
            case "/tambah" -> TicketNumber.findIn(argument).map(t -> addInformation(c, t.toString()))
                    .orElseGet(() -> reprompt(c, texts.get("add.usage")));
            case "/hapusdata" -> Turn.of(c, List.of()).withAction(new Action.RequestDataDeletion());
            case "/berhenti" -> TicketNumber.findIn(argument)
                    .map(t -> Turn.of(c, List.of()).withAction(new Action.Unfollow(t.toString())))
                    .orElseGet(() -> reprompt(c, texts.get("follow.stop-usage")));
            default -> retry(c, texts.get("input.unknown-command"));
        };
    }

    /** Phrases that mean the same at every step: help, cancel, restart, status, "ubah lokasi", "kembali". */
    private Optional<Turn> onPhrase(Conversation c, String words, String text, LocalDate today, Instant now) {
        if (HELP_WORDS.contains(words)) {
            return Optional.of(reprompt(c, texts.get("help.general")));
        }
        if (CANCEL_WORDS.contains(words)) {
            if (c.step() == Step.CONFIRM_CANCEL) {
                // "batal" answers "are you sure?" with yes; "gak jadi" could mean either, so the question stays.
                return Optional.of(Set.of("batal", "batalkan", "cancel").contains(words) ? cancelled(c)
                        : Turn.of(c, prompt(c)));
            }
            return Optional.of(cancel(c));
        }
        if (RESTART_WORDS.contains(words)) {
            return Optional.of(restart(c));
        }
        // "status ..." only with a ticket: "status tanah ini tidak jelas" may well be a report.
        if (words.startsWith("cek status") || words.startsWith("status ") && TicketNumber.findIn(text).isPresent()) {
            return Optional.of(lookUp(c, text));
        }
        boolean inReport = c.draft() != null && c.step() != Step.IDLE && c.step() != Step.AWAIT_CONSENT
                && c.step() != Step.ADD_OR_NEW;
        if (inReport && BACK_WORDS.contains(words) && (c.draft().editing() || c.step() == Step.CHOOSE_EDIT)) {
            return Optional.of(backToSummary(c));
        }
        if (inReport && words.startsWith("ubah ")) {
            return edit(c, words.substring(5).strip()).or(() -> editWithValue(c, text, today, now));
        }
        return Optional.empty();
    }

    private Turn onIdle(Conversation c, String text, String words, LocalDate today) {
        if (c.draft() != null && NOT_EMERGENCY.contains(words)) {
            // The citizen says the message that looked like an emergency is not one: go on with that report.
            return begin(c, c.draft());
        }
        if (GREETINGS.contains(words)) {
            return Turn.of(c.idle(), Reply.text(texts.get("welcome.start")));
        }
        if (THANKS.contains(words)) {
            return Turn.of(c.idle(), Reply.text(texts.get("welcome.thanks")));
        }
        if (OKAYS.contains(words)) {
            return Turn.of(c.idle(), Reply.text(texts.get("welcome.ok")));
        }
        if (words.equals("ubah") || words.startsWith("ubah ")) {
            return Turn.of(c.idle(), Reply.text(texts.get("report.edit-nothing")));
        }
        if (TicketNumber.findIn(text).isPresent() && words.split(" ").length <= 3) {
            return lookUp(c, text);
        }
        if (words.split(" ").length <= 8 && ASKS_ABOUT_REPORTS.matcher(words).find()) {
            return Turn.of(c.idle(), List.of()).withAction(new Action.ListReports());
        }
        if (WANTS_TO_REPORT.matcher(words).matches()) {
            return begin(c.idle(), Draft.empty());
        }
        if (c.consented() && !Emergency.isHappeningNow(text, today)) {
            // Text soon after a report may belong to it: look for a recent open report of the citizen first.
            Conversation pending = c.idle().at(Step.ADD_OR_NEW, Draft.empty().withDescription(limited(text)));
            return Turn.of(pending, List.of()).withAction(new Action.FindRecentReport());
        }
        return startReport(c, Draft.empty(), text, today);
    }

    /** A recent open report of the citizen (or none): ask whether the pending text belongs to it. */
    private Turn recentReportFound(Conversation c, String ticket, LocalDate today) {
        if (c.step() != Step.ADD_OR_NEW || c.ticket() != null || c.draft() == null) {
            return Turn.of(c, List.of());
        }
        if (ticket == null) {
            return startReport(c.idle(), c.draft(), c.draft().description(), today);
        }
        Conversation asking = c.about(Step.ADD_OR_NEW, ticket).at(Step.ADD_OR_NEW, c.draft());
        return Turn.of(asking, prompt(asking));
    }

    /** The pending text (and any file sent meanwhile) goes to the recent report. */
    private Turn addPending(Conversation c) {
        StringBuilder attached = new StringBuilder(c.draft().description());
        c.draft().photos().forEach(ref -> attached.append("\n[lampiran] ").append(ref));
        return Turn.of(c, List.of()).withAction(new Action.AddInformation(c.ticket(), attached.toString(),
                c.draft().photos()));
    }

    /** A forwarded message is content: it answers the open question (or starts a report), and the bot says so. */
    private Turn forwarded(Conversation c, String text, LocalDate today, Instant now) {
        Turn turn = onText(c, text == null ? "" : text.strip(), today, now, true);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("input.forwarded")));
        replies.addAll(turn.replies());
        return new Turn(turn.next(), replies, turn.action());
    }

    /** A report starts from free text: take what, where and when from it, and ask only for what is missing. */
    private Turn startReport(Conversation c, Draft base, String text, LocalDate today) {
        Draft draft = fromFreeText(base.withDescription(text), text, today);
        if (Emergency.isHappeningNow(text, today)) {
            return emergency(c, draft);
        }
        return begin(c, draft);
    }

    private Turn begin(Conversation c, Draft draft) {
        if (!c.consented()) {
            Conversation waiting = c.idle().at(Step.AWAIT_CONSENT, draft);
            return Turn.of(waiting, prompt(waiting));
        }
        return advance(c, draft, true);
    }

    /** Fills the location and the incident time from free text, when the citizen has not given them yet. */
    private static Draft fromFreeText(Draft draft, String text, LocalDate today) {
        Draft filled = draft;
        if (!filled.hasLocation()) {
            Optional<String> place = PlaceInText.find(text);
            if (place.isPresent()) {
                filled = filled.withLocation(place.get(), null, null);
            }
        }
        if (!filled.hasIncidentTime()) {
            Optional<IncidentTime.Mention> when = IncidentTime.find(text, today);
            if (when.isPresent() && when.get().reading() instanceof IncidentTime.Day day) {
                filled = filled.withIncident(when.get().phrase(), day.date(), false);
            }
        }
        return filled;
    }

    private Turn describe(Conversation c, Draft described, String text, LocalDate today) {
        Draft draft = fromFreeText(described, text, today);
        if (Emergency.isHappeningNow(text, today)) {
            return emergency(c, draft);
        }
        return advance(c, draft, true);
    }

    private Turn addDetail(Conversation c, String text, LocalDate today) {
        String joined = c.draft().description() + " " + text;
        Draft draft = fromFreeText(c.draft().withDescription(limited(joined)), text, today);
        if (Emergency.isHappeningNow(text, today)) {
            return emergency(c, draft);
        }
        Turn next = advance(c, draft, false);
        if (joined.length() <= MAX_DESCRIPTION) {
            return next;
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("report.too-long", MAX_DESCRIPTION)));
        replies.addAll(next.replies());
        return new Turn(next.next(), replies, next.action());
    }

    private Turn consent(Conversation c, LocalDate today, Instant now) {
        Conversation agreed = c.consented(now, CONSENT_VERSION);
        Turn next = advance(agreed, agreed.draft() == null ? Draft.empty() : agreed.draft(), true);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("consent.thanks")));
        replies.addAll(next.replies());
        return new Turn(next.next(), replies, next.action());
    }

    private Turn onTime(Conversation c, String text, String words, LocalDate today) {
        if (SKIP_WORDS.contains(words)) {
            return advance(c, c.draft().withIncident(null, null, true), false);
        }
        return switch (IncidentTime.read(text, today)) {
            case IncidentTime.Future f -> Turn.of(c, Reply.text(texts.get("report.time-future")));
            case IncidentTime.Invalid i -> Turn.of(c, Reply.text(texts.get("report.time-invalid", i.phrase())));
            case IncidentTime.Day d -> advance(c, c.draft().withIncident(text, d.date(), false), false);
            // Forgiving: keep what the citizen wrote ("waktu magrib") for the officer to read.
            case IncidentTime.Unrecognised u -> advance(c, c.draft().withIncident(text, null, false), false);
        };
    }

    // ---- buttons, location, photos ---------------------------------------------------------------------------

    private Turn onButton(Conversation c, String data, LocalDate today, Instant now) {
        String canonical = data == null ? null : switch (c.step()) {
            case IDLE -> data.equals("emergency:no") && c.draft() != null ? "bukan darurat" : null;
            case AWAIT_CONSENT -> data.equals("consent:yes") ? "setuju" : data.equals("consent:no") ? "tidak" : null;
            // Each step has its own skip data, so a second press of one skip cannot skip the next question.
            case ASK_TIME -> data.equals("time:skip") ? "lewati" : null;
            case ASK_PHOTO -> data.equals("photo:skip") || data.equals("photo:done") ? "selesai" : null;
            case ASK_PRIVACY -> data.startsWith("privacy:") ? data.substring(8) : null;
            case CONFIRM -> switch (data) {
                case "send" -> "kirim";
                case "edit" -> "ubah";
                case "cancel" -> "batal";
                case "pii:mask" -> "samarkan";
                default -> null;
            };
            case CHOOSE_EDIT -> data.startsWith("edit:") ? data.substring(5) : null;
            case CONFIRM_CANCEL -> data.equals("cancel:yes") ? "ya" : data.equals("cancel:no") ? "tidak" : null;
            case OFFER_FOLLOW -> data.equals("similar:new") ? "tetap kirim" : null;
            case ADD_OR_NEW -> data.equals("choice:add") ? "tambahkan" : data.equals("choice:new") ? "laporan baru"
                    : null;
            default -> null;
        };
        if (canonical == null) {
            return retry(c, texts.get("input.stale-button"));
        }
        return onText(c, canonical, today, now);
    }

    private Turn onLocation(Conversation c, LocationShared l, LocalDate today) {
        String label = texts.get("report.location-shared", String.format(Locale.ROOT, "%.5f", l.latitude()),
                String.format(Locale.ROOT, "%.5f", l.longitude()));
        if (c.step() == Step.IDLE) {
            // A location first: keep it and ask what the problem is.
            return begin(c, Draft.empty().withLocation(label, l.latitude(), l.longitude()));
        }
        Draft draft = c.draft() == null ? Draft.empty() : c.draft();
        if (c.step() == Step.ASK_LOCATION) {
            return advance(c, draft.withLocation(label, l.latitude(), l.longitude()), false);
        }
        if (draft.hasLocation()) {
            return reprompt(c, texts.get("report.location-already", draft.location()));
        }
        // Shared before it was asked for: keep it, and go on with the question that was open.
        return reprompt(c.at(c.step(), draft.withLocation(label, l.latitude(), l.longitude())), null);
    }

    /**
     * A file sent as evidence: kept with the draft (up to {@value #MAX_ATTACHMENTS}, whatever their kinds). A caption
     * answers the description question or starts a report; a voice note cannot, so the bot asks for the story typed.
     */
    private Turn onFile(Conversation c, FileShared f, LocalDate today, Instant now) {
        String caption = f.captionText();
        String kind = texts.get("attachment." + f.kind().key());
        if (c.step() == Step.IDLE) {
            Draft first = Draft.empty().withPhoto(f.fileRef());
            if (caption != null) {
                return startReport(c, first, limited(caption), today);
            }
            Turn begun = begin(c, first);
            return f.kind() == FileKind.VOICE && waitsForStory(begun.next().step())
                    ? prefixed(texts.get("report.voice-kept"), begun) : begun;
        }
        Draft draft = c.draft() == null ? Draft.empty() : c.draft();
        if (draft.photos().size() >= MAX_ATTACHMENTS) {
            return reprompt(c, texts.get("report.photo-limit", MAX_ATTACHMENTS, kind));
        }
        Conversation kept = c.at(c.step(), draft.withPhoto(f.fileRef()));
        int count = kept.draft().photos().size();
        if (!f.kept()) {
            // The citizen was just told why this file could not be kept: no "received", only the open question
            // again (a caption still answers it). The report lists the file as missing, with the reason.
            return caption != null && waitsForStory(c.step()) ? onText(kept, caption, today, now)
                    : reprompt(kept, null);
        }
        if (c.step() == Step.ASK_PHOTO) {
            return Turn.of(kept, Reply.withButtons(texts.get("report.photo-received", kind, count),
                    List.of(List.of(new Button(texts.get("report.photo-done"), "photo:done")))));
        }
        if (waitsForStory(c.step())) {
            if (caption != null) {
                return onText(kept, caption, today, now); // the caption answers the question
            }
            if (f.kind() == FileKind.VOICE) {
                return reprompt(kept, texts.get("report.voice-kept"));
            }
        }
        // A file sent early is kept; the dialogue goes on where it was.
        return reprompt(kept, texts.get("report.photo-kept", kind, count));
    }

    private static boolean waitsForStory(Step step) {
        return step == Step.ASK_DESCRIPTION || step == Step.ASK_MORE_DETAIL;
    }

    // ---- moving through the slots ----------------------------------------------------------------------------

    private Turn advance(Conversation c, Draft draft, boolean checkDetail) {
        Step next;
        if (draft.description() == null) {
            next = Step.ASK_DESCRIPTION;
        } else if (checkDetail && tooShort(draft.description())) {
            next = Step.ASK_MORE_DETAIL;
        } else if (draft.editing() && complete(draft)) {
            return confirm(c, draft.editing(false).withPhotosDone(true));
        } else if (!draft.hasLocation()) {
            next = Step.ASK_LOCATION;
        } else if (!draft.hasIncidentTime()) {
            next = Step.ASK_TIME;
        } else if (!draft.photosDone()) {
            next = Step.ASK_PHOTO;
        } else if (draft.privacy() == null) {
            next = Step.ASK_PRIVACY;
        } else {
            return confirm(c, draft);
        }
        Conversation moved = c.at(next, draft);
        return Turn.of(moved, prompt(moved));
    }

    /** A clear yes: a yes word, or a short answer that starts with one and says no "tidak" ("ok deh"). */
    private static boolean isYes(String words) {
        List<String> w = List.of(words.split(" "));
        return YES_WORDS.contains(words)
                || w.size() <= 3 && YES_LEADS.contains(w.getFirst()) && w.stream().noneMatch(NO_LEADS::contains);
    }

    /** A clear no: a no word, or a short answer that starts with one ("tidak mau", "gak usah deh"). */
    private static boolean isNo(String words) {
        List<String> w = List.of(words.split(" "));
        return NO_WORDS.contains(words) || w.size() <= 4 && NO_LEADS.contains(w.getFirst());
    }

    private static boolean vague(String words) {
        return Set.of(words.split(" ")).stream().allMatch(VAGUE_PLACE::contains);
    }

    private static boolean complete(Draft d) {
        return d.description() != null && d.hasLocation() && d.hasIncidentTime() && d.privacy() != null;
    }

    private static boolean tooShort(String description) {
        return description.strip().split("\\s+").length < 4 || description.strip().length() < 15;
    }

    private Turn confirm(Conversation c, Draft draft) {
        Draft classified = draft;
        if (draft.suggestion() == null) {
            Suggestion s = classifier.suggest(draft.description());
            classified = draft.withSuggestion(SuggestionSnapshot.of(s), s.reportType());
        }
        if (classified.similar() == null) {
            // Before the summary: is the same problem already reported by someone else? (Incoming.SimilarFound)
            var category = classified.suggestion() == null ? null
                    : classified.suggestion().toSuggestion().confidentCategory().orElse(null);
            return Turn.of(c.at(Step.CONFIRM, classified), List.of()).withAction(new Action.FindSimilar(
                    classified.description(), category, classified.location(), classified.latitude(),
                    classified.longitude()));
        }
        if (classified.privacy() != null && classified.privacy() != Privacy.BIASA
                && PersonalData.foundIn(classified.description())) {
            return Turn.of(c.at(Step.CONFIRM, classified), Reply.withButtons(texts.get("pii.warning"),
                    List.of(List.of(new Button(texts.get("pii.mask"), "pii:mask")))), summary.render(classified));
        }
        return Turn.of(c.at(Step.CONFIRM, classified), summary.render(classified));
    }

    private Turn submit(Conversation c) {
        return Turn.of(c, List.of()).withAction(new Action.SubmitReport(c.draft()));
    }

    private Optional<Turn> edit(Conversation c, String field) {
        if (BACK_WORDS.contains(field)) {
            return Optional.of(backToSummary(c));
        }
        Optional<Step> step = switch (field) {
            case "keluhan", "description", "cerita", "isi", "masalah", "deskripsi" -> Optional.of(Step.ASK_DESCRIPTION);
            case "lokasi", "location", "alamat", "tempat" -> Optional.of(Step.ASK_LOCATION);
            case "waktu", "time", "tanggal", "kapan", "waktu kejadian" -> Optional.of(Step.ASK_TIME);
            case "foto", "photo", "gambar", "lampiran", "video", "dokumen", "file" -> Optional.of(Step.ASK_PHOTO);
            case "privasi", "privacy" -> Optional.of(Step.ASK_PRIVACY);
            default -> Optional.empty();
        };
        // The old value stays until a new one comes, so "kembali" returns to the summary with nothing lost.
        return step.map(s -> {
            Draft d = c.draft().editing(true);
            Conversation moved = c.at(s, s == Step.ASK_PHOTO ? d.withPhotosDone(false) : d);
            return Turn.of(moved, prompt(moved));
        });
    }

    /** "ubah lokasi jadi Jl. Kenanga 7": open the field and take the rest as its new value. */
    private Optional<Turn> editWithValue(Conversation c, String text, LocalDate today, Instant now) {
        String[] parts = text.strip().split("\\s+", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        String value = parts[2].replaceFirst("(?i)^(?:jadi|menjadi|ke|dengan|:)\\s+", "").strip();
        String field = parts[1].toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}+$", "");
        return edit(c, field).filter(t -> !value.isEmpty()).map(t -> onText(t.next(), value, today, now));
    }

    private Turn backToSummary(Conversation c) {
        Draft d = c.draft().editing(false);
        return complete(d) ? confirm(c, d.withPhotosDone(true)) : advance(c, d, false);
    }

    private Reply editMenu() {
        return Reply.withButtons(texts.get("report.choose-edit"), List.of(
                List.of(new Button(texts.get("report.edit-description"), "edit:keluhan"),
                        new Button(texts.get("report.edit-location"), "edit:lokasi")),
                List.of(new Button(texts.get("report.edit-time"), "edit:waktu"),
                        new Button(texts.get("report.edit-photo"), "edit:foto"),
                        new Button(texts.get("report.edit-privacy"), "edit:privasi")),
                List.of(new Button(texts.get("report.edit-back"), "edit:kembali"))));
    }

    // ---- repair ----------------------------------------------------------------------------------------------

    private Turn cancel(Conversation c) {
        if (c.step() == Step.ADD_OR_NEW) {
            return Turn.of(c.idle(), Reply.text(texts.get("add.cancelled")));
        }
        if (c.ticket() != null && c.draft() == null && c.step() != Step.IDLE) {
            return Turn.of(c.idle(), Reply.text(texts.get("add.cancelled")));
        }
        if (c.draft() == null || c.step() == Step.IDLE) {
            return Turn.of(c.idle(), Reply.text(texts.get("cancel.nothing")));
        }
        if (c.step() == Step.AWAIT_CONSENT) {
            return cancelled(c);
        }
        Conversation asking = c.step() == Step.CONFIRM_CANCEL ? c : c.confirmingCancel();
        return Turn.of(asking, prompt(asking));
    }

    private Turn cancelled(Conversation c) {
        return Turn.of(c.idle(), Reply.text(texts.get("cancel.done")));
    }

    private Turn resumed(Conversation c) {
        Step back = c.stepBeforeCancel() == null ? Step.ASK_DESCRIPTION : c.stepBeforeCancel();
        Conversation resumed = c.at(back, c.draft());
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("cancel.resumed")));
        replies.addAll(prompt(resumed));
        return Turn.of(resumed, replies);
    }

    private Turn restart(Conversation c) {
        if (!c.consented()) {
            return Turn.of(c.idle(), Reply.text(texts.get("welcome.start")));
        }
        Conversation fresh = c.idle().at(Step.ASK_DESCRIPTION, Draft.empty());
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("restart.done")));
        replies.addAll(prompt(fresh));
        return Turn.of(fresh, replies);
    }

    /**
     * Stops the report and points to 112. The draft is kept while idle, so that a citizen whose message only
     * looked like an emergency can go on with one tap instead of being stopped again and again.
     */
    private Turn emergency(Conversation c, Draft draft) {
        return Turn.of(c.idle().at(Step.IDLE, draft), Reply.withButtons(texts.get("emergency.call"),
                List.of(List.of(new Button(texts.get("emergency.not-emergency"), "emergency:no")))));
    }

    private Turn reprompt(Conversation c, String message) {
        List<Reply> replies = new ArrayList<>();
        if (message != null) {
            replies.add(Reply.text(message));
        }
        replies.addAll(prompt(c));
        return Turn.of(c, replies);
    }

    /** Answers input the bot could not use, and says what it expects: the open question, or how to start. */
    private Turn retry(Conversation c, String message) {
        Turn turn = reprompt(c, message);
        if (c.step() != Step.IDLE) {
            return turn;
        }
        List<Reply> replies = new ArrayList<>(turn.replies());
        replies.add(Reply.text(texts.get("welcome.hint")));
        return Turn.of(c, replies);
    }

    // ---- after submit: adding information, answering officers, confirming or reopening ------------------------

    /**
     * Events about an already submitted report: its buttons (add information, "sudah beres?", rating), and a
     * photo or location while the bot waits for information, an answer or a reason.
     */
    private Optional<Turn> aboutSubmittedReport(Conversation c, Incoming incoming) {
        if (incoming instanceof ButtonPressed(String data) && data != null) {
            String[] parts = data.split(":");
            if (parts.length >= 2 && java.util.Arrays.stream(parts).anyMatch(
                    part -> TicketNumber.tryParse(part).isPresent())) {
                return onReportButton(c, parts);
            }
            return Optional.empty();
        }
        if (c.ticket() == null || c.draft() != null) {
            return Optional.empty();
        }
        String attached = switch (incoming) {
            case FileShared f -> "[" + f.kind().tag() + "] " + f.fileRef()
                    + (f.captionText() == null ? "" : " " + limited(f.captionText()));
            case LocationShared l -> String.format(Locale.ROOT, "[lokasi] %.5f, %.5f", l.latitude(), l.longitude());
            default -> null;
        };
        if (attached == null) {
            return Optional.empty();
        }
        List<String> files = incoming instanceof FileShared f ? List.of(f.fileRef()) : List.of();
        return switch (c.step()) {
            case ADD_INFO -> Optional.of(Turn.of(c, List.of())
                    .withAction(new Action.AddInformation(c.ticket(), attached, files)));
            case ANSWER_QUESTION -> Optional.of(Turn.of(c, List.of())
                    .withAction(new Action.AnswerQuestion(c.ticket(), attached, files)));
            case REOPEN_REASON -> Optional.of(Turn.of(c, List.of()).withAction(new Action.Reopen(c.ticket(), attached)));
            default -> Optional.empty();
        };
    }

    /** "add:T", "done:yes:T", "done:no:T" and "rate:T:N" (the rating's ticket comes first). */
    private Optional<Turn> onReportButton(Conversation c, String[] parts) {
        boolean writing = c.draft() != null && c.step() != Step.IDLE;
        return switch (parts[0]) {
            case "add" -> Optional.of(writing ? reprompt(c, texts.get("add.busy")) : addInformation(c, parts[1]));
            case "done" -> parts.length != 3 ? Optional.empty() : Optional.of(switch (parts[1]) {
                case "yes" -> Turn.of(c, Reply.withButtons(texts.get("done.ask-rating", parts[2]), List.of(
                        java.util.stream.IntStream.rangeClosed(1, 5)
                                .mapToObj(n -> new Button(Integer.toString(n), "rate:" + parts[2] + ":" + n))
                                .toList())));
                case "no" -> writing ? reprompt(c, texts.get("add.busy"))
                        : Turn.of(c.about(Step.REOPEN_REASON, parts[2]),
                                Reply.text(texts.get("done.ask-reason", parts[2])));
                default -> retry(c, texts.get("input.stale-button"));
            });
            case "follow" -> Optional.of(writing && c.step() != Step.OFFER_FOLLOW ? reprompt(c, texts.get("add.busy"))
                    : Turn.of(c, List.of()).withAction(new Action.Follow(parts[1])));
            case "unfollow" -> Optional.of(Turn.of(c, List.of()).withAction(new Action.Unfollow(parts[1])));
            case "rate" -> parts.length == 3 && parts[2].matches("[1-5]")
                    ? Optional.of(Turn.of(c, List.of())
                            .withAction(new Action.ConfirmResolved(parts[1], Integer.parseInt(parts[2]))))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Turn addInformation(Conversation c, String ticket) {
        if (c.draft() != null && c.step() != Step.IDLE) {
            return reprompt(c, texts.get("add.busy"));
        }
        Conversation waiting = c.about(Step.ADD_INFO, ticket);
        return Turn.of(waiting, prompt(waiting));
    }

    // ---- similar open complaints: "ikut memantau" ---------------------------------------------------------------

    /** The lookup before the summary came back: offer to follow the most similar one, or show the summary. */
    private Turn similarFound(Conversation c, List<SimilarReport> reports) {
        if (c.step() != Step.CONFIRM || c.draft() == null || c.draft().similar() != null) {
            return Turn.of(c, List.of());
        }
        List<SimilarReport> shown = reports == null ? List.of()
                : reports.stream().limit(1).map(Dialogue::shareable).toList();
        Draft checked = c.draft().withSimilar(shown);
        if (shown.isEmpty()) {
            return confirm(c, checked);
        }
        Conversation offering = c.at(Step.OFFER_FOLLOW, checked);
        return Turn.of(offering, prompt(offering));
    }

    private Turn follow(Conversation c) {
        return Turn.of(c, List.of()).withAction(new Action.Follow(c.draft().similar().getFirst().ticket()));
    }

    private Turn followed(Conversation c, String ticket, FollowOutcome outcome) {
        boolean offered = c.step() == Step.OFFER_FOLLOW && c.draft() != null;
        return switch (outcome) {
            // The draft is set aside: the citizen follows the existing report instead.
            case FOLLOWING, ALREADY_FOLLOWING -> Turn.of(offered ? c.idle() : c, Reply.withButtons(
                    outcome == FollowOutcome.FOLLOWING ? texts.get("follow.done", ticket)
                            : texts.get("follow.already", ticket),
                    List.of(List.of(new Button(texts.get("follow.stop"), "unfollow:" + ticket)))));
            case OWN_REPORT -> reprompt(c, texts.get("follow.own", ticket));
            case NOT_OPEN -> offered ? prefixed(texts.get("follow.not-open", ticket), confirm(c, c.draft()))
                    : reprompt(c, texts.get("follow.not-open", ticket));
        };
    }

    private Reply similarOffer(SimilarReport r) {
        String none = texts.get("report.summary-none");
        return Reply.withButtons(texts.get("similar.found", r.ticket(), r.title(), r.statusName(),
                r.location() == null ? none : r.location()), List.of(
                List.of(new Button(texts.get("similar.follow"), "follow:" + r.ticket())),
                List.of(new Button(texts.get("similar.send-new"), "similar:new"))));
    }

    /** What may be shown of someone else's complaint: a short title and place, personal data masked. */
    private static SimilarReport shareable(SimilarReport r) {
        return new SimilarReport(r.ticket(), brief(r.title(), 60), r.statusName(),
                r.location() == null || r.location().isBlank() ? null : brief(r.location(), 80));
    }

    private static String brief(String text, int max) {
        String oneLine = PersonalData.masked(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int end = Character.isHighSurrogate(oneLine.charAt(max - 4)) ? max - 4 : max - 3;
        return oneLine.substring(0, end).strip() + "...";
    }

    private static Turn prefixed(String message, Turn turn) {
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(message));
        replies.addAll(turn.replies());
        return new Turn(turn.next(), replies, turn.action());
    }

    // ---- status ----------------------------------------------------------------------------------------------

    private Turn lookUp(Conversation c, String text) {
        return TicketNumber.findIn(text)
                .map(t -> Turn.of(c, List.of()).withAction(new Action.LookUpStatus(t.toString())))
                .orElseGet(() -> reprompt(c, texts.get("status.usage")));
    }

    private String status(StatusLookedUp s) {
        if (s.report() == null) {
            return texts.get("status.not-found", s.ticket());
        }
        ReportView r = s.report();
        String found = texts.get("status.found", r.ticket(), r.title(), r.statusName(), r.lastUpdate());
        return r.lastNote() == null ? found : found + "\n" + texts.get("status.found-note", r.lastNote());
    }

    private String list(ReportsListed r) {
        if (r.reports().isEmpty()) {
            return texts.get("status.list-empty");
        }
        StringBuilder out = new StringBuilder(texts.get("status.list-header"));
        for (ReportView v : r.reports()) {
            out.append('\n').append(v.followed()
                    ? texts.get("status.list-item-followed", v.ticket(), v.title(), v.statusName(), v.lastUpdate())
                    : texts.get("status.list-item", v.ticket(), v.title(), v.statusName(), v.lastUpdate()));
        }
        return out.toString();
    }

    // ---- prompts ---------------------------------------------------------------------------------------------

    /** The question for the conversation's current step (nothing when idle). */
    List<Reply> prompt(Conversation c) {
        return switch (c.step()) {
            case IDLE -> List.of();
            case AWAIT_CONSENT -> List.of(Reply.withButtons(texts.get("consent.ask"), List.of(List.of(
                    new Button(texts.get("consent.agree"), "consent:yes"),
                    new Button(texts.get("consent.decline"), "consent:no")))));
            case ASK_DESCRIPTION -> List.of(Reply.text(texts.get("report.ask-description")));
            case ASK_MORE_DETAIL -> List.of(Reply.text(texts.get("report.ask-more-detail")));
            case ASK_LOCATION -> List.of(Reply.askingForLocation(texts.get("report.ask-location"),
                    texts.get("report.share-location")));
            case ASK_TIME -> List.of(Reply.withButtons(texts.get("report.ask-time"),
                    List.of(List.of(new Button(texts.get("report.skip"), "time:skip")))));
            case ASK_PHOTO -> List.of(Reply.withButtons(texts.get("report.ask-photo"),
                    List.of(List.of(new Button(texts.get("report.skip"), "photo:skip")))));
            case ASK_PRIVACY -> List.of(Reply.withButtons(texts.get("report.ask-privacy"), List.of(List.of(
                    new Button(texts.get("report.privacy-biasa"), "privacy:biasa"),
                    new Button(texts.get("report.privacy-anonim"), "privacy:anonim"),
                    new Button(texts.get("report.privacy-rahasia"), "privacy:rahasia")))));
            case CONFIRM -> List.of(summary.render(c.draft()));
            case CHOOSE_EDIT -> List.of(editMenu());
            case CONFIRM_CANCEL -> List.of(Reply.withButtons(texts.get("cancel.confirm"), List.of(List.of(
                    new Button(texts.get("cancel.yes"), "cancel:yes"),
                    new Button(texts.get("cancel.no"), "cancel:no")))));
            case ADD_INFO -> List.of(Reply.text(texts.get("add.ask", c.ticket())));
            case ANSWER_QUESTION -> List.of(Reply.text(texts.get("answer.ask", c.ticket())));
            case REOPEN_REASON -> List.of(Reply.text(texts.get("done.ask-reason", c.ticket())));
            case OFFER_FOLLOW -> c.draft().similar() == null || c.draft().similar().isEmpty()
                    ? List.of(summary.render(c.draft())) : List.of(similarOffer(c.draft().similar().getFirst()));
            case ADD_OR_NEW -> c.ticket() == null ? List.of() : List.of(Reply.withButtons(
                    texts.get("addnew.ask", c.ticket()), List.of(
                            List.of(new Button(texts.get("addnew.add", c.ticket()), "choice:add")),
                            List.of(new Button(texts.get("addnew.new"), "choice:new")))));
        };
    }

    private static Optional<Privacy> privacyFrom(String words) {
        return switch (words) {
            case "biasa", "normal", "terbuka" -> Optional.of(Privacy.BIASA);
            case "anonim", "anonym", "anonymous", "tanpa nama" -> Optional.of(Privacy.ANONIM);
            case "rahasia", "secret", "private" -> Optional.of(Privacy.RAHASIA);
            default -> Optional.empty();
        };
    }

    private String kindName(String kind) {
        return switch (kind == null ? "" : kind) {
            case "sticker", "voice", "audio", "video", "video_note", "animation", "contact", "poll", "dice",
                 "document" -> texts.get("input.kind-" + kind);
            default -> texts.get("input.kind-other");
        };
    }

    /** The first {@value #MAX_DESCRIPTION} characters, without splitting an emoji in two. */
    static String limited(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_DESCRIPTION - 1)) ? MAX_DESCRIPTION - 1 : MAX_DESCRIPTION;
        return text.substring(0, end);
    }

    // ---- transcript ------------------------------------------------------------------------------------------

    /** Writes what the citizen sent and what the bot answered into the draft's transcript. */
    private Turn recorded(Turn turn, Incoming incoming, Instant now) {
        Conversation next = turn.next();
        if (next.draft() == null) {
            return new Turn(next.touched(now), turn.replies(), turn.action());
        }
        Draft draft = next.draft();
        String said = switch (incoming) {
            case Text t -> t.text() == null ? "" : limited(t.text().strip());
            case ButtonPressed b -> "[tombol] " + b.data();
            case LocationShared l -> String.format(Locale.ROOT, "[lokasi] %.5f, %.5f", l.latitude(), l.longitude());
            case FileShared f -> "[" + f.kind().tag() + "]"
                    + (f.caption() == null ? "" : " " + limited(f.caption().strip()));
            case Unsupported u -> "[" + u.kind() + "]";
            case Incoming.Edited e -> "[diedit] " + (e.text() == null ? "" : limited(e.text().strip()));
            case Incoming.Forwarded f -> "[diteruskan] " + (f.text() == null ? "" : limited(f.text().strip()));
            default -> null;
        };
        if (said != null) {
            draft = draft.heard(Speaker.CITIZEN, said, now);
        }
        for (Reply reply : turn.replies()) {
            draft = draft.heard(Speaker.BOT, reply.text(), now);
        }
        Draft heard = draft;
        Conversation recorded = next.at(next.step(), heard).touched(now);
        Optional<Action> action = turn.action().map(a -> a instanceof Action.SubmitReport
                ? new Action.SubmitReport(heard) : a);
        return new Turn(recorded, turn.replies(), action);
    }
}
