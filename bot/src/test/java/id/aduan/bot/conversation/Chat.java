package id.aduan.bot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;

import id.aduan.models.suggestion.Scored;
import id.aduan.models.suggestion.Suggestion;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;

/** A citizen talking to the dialogue in a test: sends events, keeps the state, and shows what the bot said. */
final class Chat {

    /** Monday 23 November 2026, 10:00 in Jakarta. */
    static final Instant MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Asia/Jakarta"))
            .toInstant();
    static final Texts TEXTS = Texts.indonesian();

    /** A classifier sure the report is about roads, for the public works agency. */
    static final Suggestion ROADS = new Suggestion(
            List.of(new Scored<>(CategoryCode.of("jalan-jembatan"), 0.87),
                    new Scored<>(CategoryCode.of("drainase-banjir"), 0.08)),
            List.of(new Scored<>(AgencyCode.of("dinas-pupr"), 0.91)), ReportType.PENGADUAN, 0.6, "test-1");

    /** A classifier that is not sure about anything. */
    static final Suggestion UNSURE = new Suggestion(
            List.of(new Scored<>(CategoryCode.of("jalan-jembatan"), 0.31)),
            List.of(new Scored<>(AgencyCode.of("dinas-pupr"), 0.28)), ReportType.PENGADUAN, 0.6, "test-1");

    /**
     * Category and agency names from the shipped taxonomy files. Read here rather than with Taxonomy.defaults(),
     * which fails on the bot's class path (commons-csv 1.14 needs a newer commons-io than telegrambots brings).
     */
    static final Map<String, String> NAMES = shippedNames();
    static final SummaryCard CARD = new SummaryCard(TEXTS, code -> NAMES.get(code.value()),
            code -> NAMES.get(code.value()));

    private final Dialogue dialogue;
    private Conversation state;
    private Turn last;
    private Instant now = MONDAY_MORNING;
    /** What the bot's lookups find, as the chat layer would answer them (nothing unless a test says so). */
    private List<SimilarReport> similar = List.of();
    private String recentReport;
    private final List<Action> lookups = new java.util.ArrayList<>();

    private Chat(Conversation state, Function<String, Suggestion> classifier) {
        this.dialogue = new Dialogue(TEXTS, classifier::apply, CARD);
        this.state = state;
    }

    /** Someone who has never used the bot. */
    static Chat firstTime() {
        return new Chat(Conversation.start("telegram:42"), text -> ROADS);
    }

    /** Someone who agreed to the processing of personal data before. */
    static Chat returning() {
        return returning(text -> ROADS);
    }

    static Chat returning(Function<String, Suggestion> classifier) {
        return new Chat(Conversation.start("telegram:42").consented(MONDAY_MORNING.minus(Duration.ofDays(30)),
                Dialogue.CONSENT_VERSION), classifier);
    }

    Chat send(String text) {
        return on(new Incoming.Text(text));
    }

    Chat press(String data) {
        return on(new Incoming.ButtonPressed(data));
    }

    /** Presses the button with this label on the last reply that has buttons. */
    Chat pressLabelled(String label) {
        return press(button(label).data());
    }

    Chat shareLocation(double latitude, double longitude) {
        return on(new Incoming.LocationShared(latitude, longitude));
    }

    Chat sendPhoto(String fileRef) {
        return on(Incoming.FileShared.photo(fileRef, null));
    }

    Chat sendPhoto(String fileRef, String caption) {
        return on(Incoming.FileShared.photo(fileRef, caption));
    }

    /** A video, document or voice note (or a photo), with its caption if any. */
    Chat sendFile(String fileRef, FileKind kind, String caption) {
        return on(new Incoming.FileShared(fileRef, kind, caption));
    }

    /** A file the channel could not keep a copy of (too large, download failed); the citizen was told why. */
    Chat sendFileNotKept(String fileRef, FileKind kind, String caption) {
        return on(new Incoming.FileShared(fileRef, kind, caption).notKept());
    }

    Chat sendUnsupported(String kind) {
        return on(new Incoming.Unsupported(kind));
    }

    Chat later(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** From now on the similar-complaints lookup finds these. */
    Chat withSimilar(SimilarReport... found) {
        similar = List.of(found);
        return this;
    }

    /** From now on the citizen has this recent open report (null: none). */
    Chat withRecentReport(String ticket) {
        recentReport = ticket;
        return this;
    }

    /**
     * Sends an event; the lookups the dialogue asks for (similar complaints, a recent report) are answered at once,
     * as the chat layer does, and the replies of the whole exchange count as the last turn.
     */
    Chat on(Incoming incoming) {
        Turn turn = dialogue.on(state, incoming, now);
        List<Reply> replies = new java.util.ArrayList<>(turn.replies());
        while (turn.action().isPresent() && (turn.action().get() instanceof Action.FindSimilar
                || turn.action().get() instanceof Action.FindRecentReport)) {
            Action lookup = turn.action().get();
            lookups.add(lookup);
            Incoming answer = lookup instanceof Action.FindSimilar ? new Incoming.SimilarFound(similar)
                    : new Incoming.RecentReportFound(recentReport);
            turn = dialogue.on(turn.next(), answer, now);
            replies.addAll(turn.replies());
        }
        last = new Turn(turn.next(), replies, turn.action());
        state = last.next();
        return this;
    }

    /** The lookups the dialogue asked for so far. */
    List<Action> lookups() {
        return List.copyOf(lookups);
    }

    /** The similar-complaints lookups the dialogue asked for so far. */
    List<Action.FindSimilar> similarLookups() {
        return lookups.stream().filter(Action.FindSimilar.class::isInstance).map(Action.FindSimilar.class::cast)
                .toList();
    }

    Conversation state() {
        return state;
    }

    Step step() {
        return state.step();
    }

    Draft draft() {
        return state.draft();
    }

    Turn last() {
        return last;
    }

    /** Everything the bot said in the last turn, one reply per line. */
    String said() {
        return String.join("\n", last.replies().stream().map(Reply::text).toList());
    }

    /** The last reply the bot sent: usually the question it is waiting on. */
    Reply lastReply() {
        return last.replies().getLast();
    }

    List<String> buttonLabels() {
        return last.replies().stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .map(Reply.Button::label).toList();
    }

    Reply.Button button(String label) {
        return last.replies().stream().flatMap(r -> r.buttons().stream()).flatMap(List::stream)
                .filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + last.replies()));
    }

    /** The bot's question for a step, as it asks it. */
    static String question(String key) {
        return TEXTS.get(key);
    }

    private static Map<String, String> shippedNames() {
        Map<String, String> names = new HashMap<>();
        Pattern row = Pattern.compile("^([a-z0-9-]+),(\"[^\"]*\"|[^,]*),");
        for (String file : List.of("categories.csv", "agencies.csv")) {
            try (InputStream in = Chat.class.getResourceAsStream("/aduan/taxonomy/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    Matcher m = row.matcher(line);
                    if (m.find()) {
                        names.put(m.group(1), m.group(2).replace("\"", ""));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(names);
    }
}
