package id.aduan.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.aduan.bot.conversation.Incoming.ButtonPressed;
import id.aduan.bot.conversation.Incoming.LocationShared;
import id.aduan.bot.conversation.Incoming.PhotoShared;
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
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Set<String> CANCEL_WORDS = Set.of("batal", "batalkan", "gak jadi", "ga jadi", "gk jadi",
            "nggak jadi", "ngga jadi", "tidak jadi", "tdk jadi", "cancel");
    private static final Set<String> SKIP_WORDS = Set.of("lewati", "lewat", "skip", "tidak ada", "tdk ada",
            "gak ada", "ga ada", "nggak ada", "tidak", "tdk", "gak", "ga", "selesai", "sudah", "udah", "sdh", "cukup",
            "tidak tahu", "gak tau", "ga tau", "nggak tahu", "lupa");
    private static final Set<String> YES_WORDS = Set.of("ya", "iya", "y", "ok", "oke", "setuju", "benar", "betul",
            "kirim", "sudah benar", "lanjut");
    private static final Set<String> NO_WORDS = Set.of("tidak", "tdk", "gak", "ga", "nggak", "no", "tidak setuju",
            "jangan");

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
        Turn turn = switch (incoming) {
            case Text t -> onText(conversation, t.text() == null ? "" : t.text().strip(), today, now);
            case ButtonPressed b -> onButton(conversation, b.data(), today, now);
            case LocationShared l -> onLocation(conversation, l, today);
            case PhotoShared p -> onPhoto(conversation, p, today);
            case Unsupported u -> reprompt(conversation, texts.get("input.unsupported", kindName(u.kind())));
            case Submitted s -> Turn.of(conversation.idle(), Reply.text(texts.get("report.submitted", s.ticket(),
                    s.agencyName() == null ? texts.get("report.submitted-unrouted") : s.agencyName(),
                    s.expectation() == null ? texts.get("report.expectation") : s.expectation())));
            case SubmitFailed f -> Turn.of(conversation.at(Step.CONFIRM, conversation.draft()),
                    Reply.text(texts.get("report.submit-failed")), summary.render(conversation.draft()));
            case StatusLookedUp s -> reprompt(conversation, status(s));
            case ReportsListed r -> reprompt(conversation, list(r));
        };
        return recorded(turn, incoming, now);
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private Turn onText(Conversation c, String text, LocalDate today, Instant now) {
        if (text.isEmpty()) {
            return reprompt(c, texts.get("input.empty"));
        }
        if (text.length() > MAX_DESCRIPTION) {
            Turn t = onText(c, text.substring(0, MAX_DESCRIPTION), today, now);
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text(texts.get("report.too-long", MAX_DESCRIPTION)));
            replies.addAll(t.replies());
            return new Turn(t.next(), replies, t.action());
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "").strip();
        if (lower.startsWith("/")) {
            return onCommand(c, lower, text, now);
        }
        Optional<Turn> global = onPhrase(c, lower, text);
        if (global.isPresent()) {
            return global.get();
        }
        return switch (c.step()) {
            case IDLE -> startReport(c, text, today);
            case AWAIT_CONSENT -> YES_WORDS.contains(lower) ? consent(c, today, now)
                    : NO_WORDS.contains(lower) ? Turn.of(c.idle(), Reply.text(texts.get("consent.declined")))
                    : Turn.of(c, prompt(c));
            case ASK_DESCRIPTION -> Emergency.isHappeningNow(text) ? emergency(c)
                    : advance(c, c.draft().withDescription(text), today, true);
            case ASK_MORE_DETAIL -> advance(c, c.draft().withDescription(c.draft().description() + " " + text),
                    today, false);
            case ASK_LOCATION -> text.length() < 5 || SKIP_WORDS.contains(lower)
                    ? Turn.of(c, Reply.askingForLocation(texts.get("report.location-too-short"),
                            texts.get("report.share-location")))
                    : advance(c, c.draft().withLocation(text, null, null), today, false);
            case ASK_TIME -> onTime(c, text, lower, today);
            case ASK_PHOTO -> SKIP_WORDS.contains(lower) ? advance(c, c.draft().withPhotosDone(true), today, false)
                    : Turn.of(c, Reply.text(texts.get("report.photo-expected")));
            case ASK_PRIVACY -> privacyFrom(lower).map(p -> advance(c, c.draft().withPrivacy(p), today, false))
                    .orElseGet(() -> Turn.of(c, prompt(c)));
            case CONFIRM -> YES_WORDS.contains(lower) ? submit(c)
                    : lower.equals("ubah") ? Turn.of(c.at(Step.CHOOSE_EDIT, c.draft()), editMenu())
                    : Turn.of(c, Reply.text(texts.get("report.confirm-expected")), summary.render(c.draft()));
            case CHOOSE_EDIT -> edit(c, lower).orElseGet(() -> Turn.of(c, editMenu()));
            case CONFIRM_CANCEL -> YES_WORDS.contains(lower) || lower.equals("ya, batalkan") ? cancelled(c)
                    : NO_WORDS.contains(lower) ? resumed(c) : Turn.of(c, prompt(c));
        };
    }

    private Turn onCommand(Conversation c, String lower, String original, Instant now) {
        String[] parts = lower.split("\\s+", 2);
        String command = parts[0].replaceAll("@.*$", "");
        String argument = parts.length > 1 ? original.strip().split("\\s+", 2)[1] : "";
        return switch (command) {
            case "/start" -> c.draft() == null ? Turn.of(c, Reply.text(texts.get("welcome.start")))
                    : Turn.of(c, prompt(c));
            case "/bantuan", "/help" -> reprompt(c, texts.get("help.general"));
            case "/batal" -> cancel(c);
            case "/ulang" -> restart(c);
            case "/status" -> lookUp(c, argument);
            case "/laporanku" -> Turn.of(c, List.of()).withAction(new Action.ListReports());
            default -> reprompt(c, texts.get("input.unknown-command"));
        };
    }

    /** Phrases that mean the same at every step: help, cancel, restart, status, "ubah lokasi". */
    private Optional<Turn> onPhrase(Conversation c, String lower, String text) {
        if (lower.equals("bantuan") || lower.equals("help") || lower.equals("tolong bantu")) {
            return Optional.of(reprompt(c, texts.get("help.general")));
        }
        if (CANCEL_WORDS.contains(lower)) {
            return Optional.of(cancel(c));
        }
        if (lower.equals("ulang") || lower.equals("mulai ulang") || lower.equals("mulai lagi")) {
            return Optional.of(restart(c));
        }
        if (lower.startsWith("cek status") || lower.startsWith("status ")) {
            return Optional.of(lookUp(c, text));
        }
        if (lower.startsWith("ubah ") && c.draft() != null && c.step() != Step.AWAIT_CONSENT) {
            return edit(c, lower.substring(5).strip());
        }
        return Optional.empty();
    }

    private Turn startReport(Conversation c, String text, LocalDate today) {
        if (Emergency.isHappeningNow(text)) {
            return emergency(c);
        }
        Draft draft = Draft.empty().withDescription(text);
        Optional<String> place = PlaceInText.find(text);
        if (place.isPresent()) {
            draft = draft.withLocation(place.get(), null, null);
        }
        if (IncidentTime.read(text, today) instanceof IncidentTime.Day day) {
            draft = draft.withIncident(text, day.date(), false);
        }
        if (!c.consented()) {
            Conversation waiting = c.at(Step.AWAIT_CONSENT, draft);
            return Turn.of(waiting, prompt(waiting));
        }
        return advance(c, draft, today, true);
    }

    private Turn consent(Conversation c, LocalDate today, Instant now) {
        Conversation agreed = c.consented(now, CONSENT_VERSION);
        Turn next = advance(agreed, agreed.draft() == null ? Draft.empty() : agreed.draft(), today, true);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("consent.thanks")));
        replies.addAll(next.replies());
        return new Turn(next.next(), replies, next.action());
    }

    private Turn onTime(Conversation c, String text, String lower, LocalDate today) {
        if (SKIP_WORDS.contains(lower)) {
            return advance(c, c.draft().withIncident(null, null, true), today, false);
        }
        return switch (IncidentTime.read(text, today)) {
            case IncidentTime.Future f -> Turn.of(c, Reply.text(texts.get("report.time-future")));
            case IncidentTime.Day d -> advance(c, c.draft().withIncident(text, d.date(), false), today, false);
            // Forgiving: keep what the citizen wrote ("waktu magrib") for the officer to read.
            case IncidentTime.Unrecognised u -> advance(c, c.draft().withIncident(text, null, false), today, false);
        };
    }

    // ---- buttons, location, photos ---------------------------------------------------------------------------

    private Turn onButton(Conversation c, String data, LocalDate today, Instant now) {
        String canonical = switch (c.step()) {
            case AWAIT_CONSENT -> data.equals("consent:yes") ? "setuju" : data.equals("consent:no") ? "tidak" : null;
            // Each step has its own skip data, so a second press of one skip cannot skip the next question.
            case ASK_TIME -> data.equals("time:skip") ? "lewati" : null;
            case ASK_PHOTO -> data.equals("photo:skip") || data.equals("photo:done") ? "selesai" : null;
            case ASK_PRIVACY -> data.startsWith("privacy:") ? data.substring(8) : null;
            case CONFIRM -> switch (data) {
                case "send" -> "kirim";
                case "edit" -> "ubah";
                case "cancel" -> "batal";
                default -> null;
            };
            case CHOOSE_EDIT -> data.startsWith("edit:") ? data.substring(5) : null;
            case CONFIRM_CANCEL -> data.equals("cancel:yes") ? "ya" : data.equals("cancel:no") ? "tidak" : null;
            default -> null;
        };
        if (canonical == null) {
            return reprompt(c, texts.get("input.stale-button"));
        }
        return onText(c, canonical, today, now);
    }

    private Turn onLocation(Conversation c, LocationShared l, LocalDate today) {
        if (c.step() != Step.ASK_LOCATION && (c.draft() == null || c.draft().hasLocation())) {
            return reprompt(c, null);
        }
        String label = texts.get("report.location-shared", String.format(Locale.ROOT, "%.5f", l.latitude()),
                String.format(Locale.ROOT, "%.5f", l.longitude()));
        return advance(c, c.draft().withLocation(label, l.latitude(), l.longitude()), today, false);
    }

    private Turn onPhoto(Conversation c, PhotoShared p, LocalDate today) {
        if (c.draft() == null || c.step() == Step.AWAIT_CONSENT) {
            Turn start = c.step() == Step.IDLE && p.caption() != null && !p.caption().isBlank()
                    ? startReport(c, p.caption(), today) : null;
            if (start != null && start.next().draft() != null) {
                Draft withPhoto = start.next().draft().withPhoto(p.fileRef());
                return new Turn(start.next().at(start.next().step(), withPhoto), start.replies(), start.action());
            }
            return reprompt(c, texts.get("report.ask-description"));
        }
        Draft draft = c.draft().withPhoto(p.fileRef());
        if (c.step() == Step.ASK_PHOTO) {
            return Turn.of(c.at(Step.ASK_PHOTO, draft), Reply.withButtons(
                    texts.get("report.photo-received", draft.photos().size()),
                    List.of(List.of(new Button(texts.get("report.photo-done"), "photo:done")))));
        }
        // A photo sent early is kept; the dialogue goes on where it was.
        return reprompt(c.at(c.step(), draft), texts.get("report.photo-received", draft.photos().size()));
    }

    // ---- moving through the slots ----------------------------------------------------------------------------

    private Turn advance(Conversation c, Draft draft, LocalDate today, boolean checkDetail) {
        if (draft.editing() && draft.description() != null && draft.privacy() != null) {
            return confirm(c, draft.editing(false).withPhotosDone(true));
        }
        Step next;
        if (draft.description() == null) {
            next = Step.ASK_DESCRIPTION;
        } else if (checkDetail && tooShort(draft.description())) {
            next = Step.ASK_MORE_DETAIL;
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

    private static boolean tooShort(String description) {
        return description.strip().split("\\s+").length < 4 || description.strip().length() < 15;
    }

    private Turn confirm(Conversation c, Draft draft) {
        Draft classified = draft;
        if (draft.suggestion() == null) {
            Suggestion s = classifier.suggest(draft.description());
            classified = draft.withSuggestion(SuggestionSnapshot.of(s), s.reportType());
        }
        return Turn.of(c.at(Step.CONFIRM, classified), summary.render(classified));
    }

    private Turn submit(Conversation c) {
        return Turn.of(c, List.of()).withAction(new Action.SubmitReport(c.draft()));
    }

    private Optional<Turn> edit(Conversation c, String field) {
        Draft d = c.draft().editing(true);
        Optional<Step> step = switch (field) {
            case "keluhan", "description", "cerita", "isi" -> Optional.of(Step.ASK_DESCRIPTION);
            case "lokasi", "location", "alamat", "tempat" -> Optional.of(Step.ASK_LOCATION);
            case "waktu", "time", "tanggal", "kapan" -> Optional.of(Step.ASK_TIME);
            case "foto", "photo", "gambar" -> Optional.of(Step.ASK_PHOTO);
            case "privasi", "privacy" -> Optional.of(Step.ASK_PRIVACY);
            default -> Optional.empty();
        };
        return step.map(s -> {
            Draft cleared = switch (s) {
                case ASK_DESCRIPTION -> d.withDescription(null);
                case ASK_LOCATION -> d.withLocation(null, null, null);
                case ASK_TIME -> d.withIncident(null, null, false);
                case ASK_PHOTO -> d.withPhotosDone(false);
                default -> d;
            };
            Conversation moved = c.at(s, cleared);
            return Turn.of(moved, prompt(moved));
        });
    }

    private Reply editMenu() {
        return Reply.withButtons(texts.get("report.choose-edit"), List.of(
                List.of(new Button(texts.get("report.edit-description"), "edit:keluhan"),
                        new Button(texts.get("report.edit-location"), "edit:lokasi")),
                List.of(new Button(texts.get("report.edit-time"), "edit:waktu"),
                        new Button(texts.get("report.edit-photo"), "edit:foto"),
                        new Button(texts.get("report.edit-privacy"), "edit:privasi"))));
    }

    // ---- repair ----------------------------------------------------------------------------------------------

    private Turn cancel(Conversation c) {
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
        Conversation fresh = c.at(Step.ASK_DESCRIPTION, Draft.empty());
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(texts.get("restart.done")));
        replies.addAll(prompt(fresh));
        return Turn.of(fresh, replies);
    }

    private Turn emergency(Conversation c) {
        return Turn.of(c.idle(), Reply.text(texts.get("emergency.call")));
    }

    private Turn reprompt(Conversation c, String message) {
        List<Reply> replies = new ArrayList<>();
        if (message != null) {
            replies.add(Reply.text(message));
        }
        replies.addAll(prompt(c));
        return Turn.of(c, replies);
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
            out.append('\n').append(texts.get("status.list-item", v.ticket(), v.title(), v.statusName(),
                    v.lastUpdate()));
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
        };
    }

    private static Optional<Privacy> privacyFrom(String lower) {
        return switch (lower) {
            case "biasa" -> Optional.of(Privacy.BIASA);
            case "anonim", "anonym", "anonymous" -> Optional.of(Privacy.ANONIM);
            case "rahasia" -> Optional.of(Privacy.RAHASIA);
            default -> Optional.empty();
        };
    }

    private String kindName(String kind) {
        String key = "input.kind-" + kind;
        return switch (kind) {
            case "sticker", "voice", "audio", "video", "video_note", "animation", "contact", "poll", "dice", "document" ->
                    texts.get(key);
            default -> texts.get("input.kind-other");
        };
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
            case Text t -> t.text();
            case ButtonPressed b -> "[tombol] " + b.data();
            case LocationShared l -> String.format(Locale.ROOT, "[lokasi] %.5f, %.5f", l.latitude(), l.longitude());
            case PhotoShared p -> "[foto]" + (p.caption() == null ? "" : " " + p.caption());
            case Unsupported u -> "[" + u.kind() + "]";
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
