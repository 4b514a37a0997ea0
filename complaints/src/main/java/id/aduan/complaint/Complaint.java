package id.aduan.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import id.aduan.models.deadline.Deadline;
import id.aduan.models.deadline.DeadlineRule;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.privacy.PersonalText;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

/**
 * A citizen's complaint. It owns its status rules: officers call the verbs ({@link #verify}, {@link #dispose},
 * {@link #followUp}, {@link #complete}, {@link #archive}), each guarded by {@link ComplaintStatus#next()}, each
 * recorded on the timeline and, where the citizen should hear of it, queued as a {@link Notification} in the same
 * document write.
 */
@Document("complaints")
// The outbox's query for due notifications on a real MongoDB (the embedded store ignores it; ADR 0021).
@CompoundIndex(name = "notifications_due", def = "{'notifications.state': 1, 'notifications.nextAttemptAt': 1}")
public class Complaint {

    @Id
    private String id;
    @Indexed(unique = true)
    private final TicketNumber ticket;
    @Version
    private Long version;
    private Reporter reporter;
    private String description;
    private String location;
    private final Double latitude;
    private final Double longitude;
    private String incidentText;
    private final LocalDate incidentDate;
    private final ReportType reportType;
    private final Privacy privacy;
    private final SuggestionSnapshot suggestion;
    private final List<String> photos;
    private CategoryCode category;
    private AgencyCode agency;
    private ComplaintStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<TranscriptEntry> transcript;
    private final List<TimelineEntry> timeline;
    private final List<Notification> notifications;
    // The deadline in force, kept in step by refreshDeadline (stored for the overdue filter; not a constructor
    // argument, the mapping sets it directly).
    private LocalDate dueDate;
    private String dueRule;
    private boolean overdue;
    // Officers' own working data (not constructor arguments; the mapping sets them directly).
    private List<InternalNote> internalNotes = new ArrayList<>();
    private String assignee;
    /** Set while an officer's question waits for the citizen's answer (status ditunda). */
    private String openQuestion;
    /** The status the complaint was paused from by a question; it returns there when the citizen answers. */
    private ComplaintStatus pausedFrom;
    /** The citizen's rating (1 to 5) when they confirmed the problem is solved; {@code null} until then. */
    private Integer rating;
    private Instant resolutionConfirmedAt;
    /** Set when the citizen blocked the bot or deleted their account ("warga tidak dapat dihubungi"). */
    private boolean citizenUnreachable;
    /** Citizens who follow this complaint instead of reporting the same problem again ("ikut memantau"). */
    private List<Follower> followers = new ArrayList<>();
    /** When the citizen's personal data was erased (UU PDP: their request, or the retention period ran out). */
    private Instant personalDataErasedAt;
    /** Duplicates merged into this complaint, in the order they were merged. */
    private List<TicketNumber> mergedTickets = new ArrayList<>();
    /** The complaint this duplicate was merged into (then it is archived with reason {@value #DUPLICATE}). */
    private TicketNumber mergedInto;
    /** The reason code of an archived complaint, when it has one ({@value #DUPLICATE} for a merged duplicate). */
    private String archiveReason;
    /**
     * When a completed complaint was closed for good: the citizen confirmed it, or did not answer "Sudah beres?"
     * within {@value #REOPEN_WORKING_DAYS} working days. The status stays {@code selesai}; it just cannot be reopened.
     */
    private Instant closedAt;
    /** The files the citizen sent with the report, stored or marked missing (the mapping sets it directly). */
    private List<Attachment> attachments = new ArrayList<>();

    @PersistenceCreator
    Complaint(String id, TicketNumber ticket, Long version, Reporter reporter, String description, String location,
              Double latitude, Double longitude, String incidentText, LocalDate incidentDate,
              ReportType reportType, Privacy privacy, SuggestionSnapshot suggestion, List<String> photos,
              CategoryCode category,
              AgencyCode agency, ComplaintStatus status, Instant createdAt, Instant updatedAt,
              List<TranscriptEntry> transcript, List<TimelineEntry> timeline, List<Notification> notifications) {
        this.id = id;
        this.ticket = ticket;
        this.version = version;
        this.reporter = reporter;
        this.description = description;
        this.location = location;
        this.latitude = latitude;
        this.longitude = longitude;
        this.incidentText = incidentText;
        this.incidentDate = incidentDate;
        this.reportType = reportType;
        this.privacy = privacy;
        this.suggestion = suggestion;
        this.photos = photos == null ? List.of() : List.copyOf(photos);
        this.category = category;
        this.agency = agency;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.transcript = transcript == null ? new ArrayList<>() : new ArrayList<>(transcript);
        this.timeline = timeline == null ? new ArrayList<>() : new ArrayList<>(timeline);
        this.notifications = notifications == null ? new ArrayList<>() : new ArrayList<>(notifications);
    }

    /** A newly received complaint, status {@code baru}; category and agency start from a confident suggestion. */
    public static Complaint receive(TicketNumber ticket, NewComplaint report, Instant at) {
        CategoryCode category = null;
        AgencyCode agency = null;
        if (report.suggestion() != null) {
            var suggestion = report.suggestion().toSuggestion();
            category = suggestion.confidentCategory().orElse(null);
            agency = suggestion.confidentAgency().orElse(null);
        }
        Complaint complaint = new Complaint(null, ticket, null, report.reporter(), report.description(),
                report.location(), report.latitude(), report.longitude(), report.incidentText(),
                report.incidentDate(), report.reportType(), report.privacy(), report.suggestion(), report.photos(),
                category, agency,
                ComplaintStatus.BARU, at, at, report.transcript(), List.of(), List.of());
        complaint.timeline.add(new TimelineEntry(at, "warga", null, ComplaintStatus.BARU, null));
        complaint.attachments = new ArrayList<>(report.attachments());
        return complaint;
    }

    /** Verification: the officer accepts or corrects category and agency. */
    public void verify(String officer, CategoryCode category, AgencyCode agency, String note, Instant at) {
        move(ComplaintStatus.TERVERIFIKASI, officer, note, at);
        if (category != null) {
            this.category = category;
        }
        if (agency != null) {
            this.agency = agency;
        }
    }

    /** Disposition: the complaint is sent to the agency that must act on it. */
    public void dispose(String officer, AgencyCode agency, String note, Instant at) {
        if (agency == null && this.agency == null) {
            throw new IllegalArgumentException("an agency is required to dispose a complaint that has none");
        }
        move(ComplaintStatus.DIDISPOSISIKAN, officer, note, at);
        if (agency != null) {
            this.agency = agency;
        }
    }

    /** Follow-up (tindak lanjut): the agency reports what it is doing. */
    public void followUp(String officer, String note, Instant at) {
        move(ComplaintStatus.DITINDAKLANJUTI, officer, requireNote(note), at);
    }

    /** Done: the agency says the problem is solved. */
    public void complete(String officer, String note, Instant at) {
        move(ComplaintStatus.SELESAI, officer, requireNote(note), at);
    }

    /**
     * Wrong agency ("bukan wewenang"): the complaint goes back to be routed again, with the reason the citizen
     * reads; the 3-working-day clock restarts for re-routing.
     */
    public void reroute(String officer, String reason, Instant at) {
        move(ComplaintStatus.BUKAN_WEWENANG, officer, requireNote(reason), at);
    }

    /** A note for other officers; never shown or sent to the citizen. */
    public void addInternalNote(String officer, String text, Instant at) {
        internalNotes.add(new InternalNote(at, officer, requireNote(text)));
        updatedAt = at;
    }

    /** Makes one officer responsible for the complaint (null to unassign). */
    public void assignTo(String officer, Instant at) {
        assignee = officer == null || officer.isBlank() ? null : officer.strip();
        updatedAt = at;
    }

    public List<InternalNote> internalNotes() {
        return Collections.unmodifiableList(internalNotes);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /** Not actionable (duplicate, spam, unclear): archived with a reason the citizen sees. */
    public void archive(String officer, String reason, Instant at) {
        move(ComplaintStatus.DIARSIPKAN, officer, requireNote(reason), at);
    }

    /**
     * Recomputes the SP4N-LAPOR! deadline in force (see {@link ComplaintClock}) and whether it has passed; returns
     * true when the complaint has just become overdue. Call after every change and from the overdue watch.
     */
    public boolean refreshDeadline(WorkingCalendar calendar, Instant now) {
        Optional<Deadline> deadline = ComplaintClock.current(this, calendar);
        boolean wasOverdue = overdue;
        dueDate = deadline.map(Deadline::dueDate).orElse(null);
        dueRule = deadline.map(d -> d.rule().code()).orElse(null);
        overdue = deadline.map(d -> d.isOverdue(now)).orElse(false);
        return overdue && !wasOverdue;
    }

    /** Records on the timeline that the deadline passed, for the officers and their supervisors to see. */
    public void escalate(String note, Instant at) {
        timeline.add(new TimelineEntry(at, "sistem", status, status, note));
    }

    /** The deadline in force, if the complaint has one (not while waiting for the citizen, not when archived). */
    public Optional<Deadline> deadline() {
        return dueDate == null ? Optional.empty()
                : DeadlineRule.fromCode(dueRule).map(rule -> new Deadline(rule, dueDate));
    }

    public boolean overdue() {
        return overdue;
    }

    /** The citizen added something to an open complaint; it lands in the transcript. */
    public void addCitizenMessage(String text, Instant at) {
        addCitizenMessage(text, List.of(), at);
    }

    /**
     * The citizen added something to an open complaint, with files: the text lands in the transcript, the files
     * join the attachments after the ones already there (numbered on).
     */
    public void addCitizenMessage(String text, List<Attachment> files, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("complaint " + ticket + " is closed");
        }
        transcript.add(new TranscriptEntry(at, Speaker.CITIZEN, text));
        attach(files);
        updatedAt = at;
    }

    private void attach(List<Attachment> files) {
        if (files.isEmpty()) {
            return;
        }
        if (attachments == null) {
            attachments = new ArrayList<>();
        }
        for (Attachment file : files) {
            attachments.add(new Attachment(Integer.toString(attachments.size() + 1), file.fileId(), file.storedKey(),
                    file.size(), file.contentType(), file.receivedAt(), file.problem()));
        }
    }

    /** The working days after completion within which the citizen may say the problem is not solved. */
    public static final int REOPEN_WORKING_DAYS = 10;

    /** An officer asks the citizen for more information: the complaint waits (ditunda) until the answer comes. */
    public void askCitizen(String officer, String question, Instant at) {
        ComplaintStatus from = status;
        move(ComplaintStatus.DITUNDA, officer, requireNote(question), at);
        openQuestion = question.strip();
        pausedFrom = from;
    }

    /** The citizen answers the open question: the answer joins the transcript and the complaint goes back. */
    public void answerQuestion(String answer, Instant at) {
        answerQuestion(answer, List.of(), at);
    }

    /** As {@link #answerQuestion(String, Instant)}, with the files sent as the answer joining the attachments. */
    public void answerQuestion(String answer, List<Attachment> files, Instant at) {
        if (status != ComplaintStatus.DITUNDA || openQuestion == null) {
            throw new CitizenActionRefused(ticket, "no open question");
        }
        ComplaintStatus back = pausedFrom == null ? ComplaintStatus.BARU : pausedFrom;
        transcript.add(new TranscriptEntry(at, Speaker.CITIZEN, answer));
        attach(files);
        timeline.add(new TimelineEntry(at, "warga", status, back, "Warga menjawab pertanyaan petugas."));
        status = back;
        updatedAt = at;
        openQuestion = null;
        pausedFrom = null;
    }

    /** The citizen confirms the problem is solved and rates the handling from 1 to 5; only once, only when done. */
    public void confirmResolved(int stars, Instant at) {
        if (status != ComplaintStatus.SELESAI || rating != null) {
            throw new CitizenActionRefused(ticket, "not awaiting the citizen's confirmation");
        }
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("a rating is from 1 to 5");
        }
        rating = stars;
        resolutionConfirmedAt = at;
        transcript.add(new TranscriptEntry(at, Speaker.CITIZEN, "[sudah beres] nilai " + stars + "/5"));
        updatedAt = at;
        closeForGood(at);
    }

    /**
     * The citizen says the problem is not solved: within {@value #REOPEN_WORKING_DAYS} working days of completion
     * the complaint goes back to the agency (didisposisikan) with the citizen's reason.
     */
    public void reopen(String reason, Instant at, WorkingCalendar calendar) {
        if (status != ComplaintStatus.SELESAI || rating != null || closedAt != null) {
            throw new CitizenActionRefused(ticket, "only a completed complaint that is not closed can be reopened");
        }
        if (!canBeReopened(at, calendar)) {
            throw new CitizenActionRefused(ticket, "more than " + REOPEN_WORKING_DAYS
                    + " working days since completion");
        }
        String why = requireNote(reason);
        transcript.add(new TranscriptEntry(at, Speaker.CITIZEN, why));
        timeline.add(new TimelineEntry(at, "warga", status, ComplaintStatus.DIDISPOSISIKAN,
                "Dibuka kembali oleh warga: " + why));
        status = ComplaintStatus.DIDISPOSISIKAN;
        updatedAt = at;
    }

    /** Whether, at this moment, the citizen may still reopen the completed complaint. */
    public boolean canBeReopened(Instant at, WorkingCalendar calendar) {
        if (status != ComplaintStatus.SELESAI || closedAt != null) {
            return false;
        }
        Instant completed = timeline.reversed().stream().filter(e -> e.to() == ComplaintStatus.SELESAI)
                .map(TimelineEntry::at).findFirst().orElse(updatedAt);
        LocalDate last = calendar.addWorkingDays(WorkingCalendar.dateOf(completed), REOPEN_WORKING_DAYS);
        return !WorkingCalendar.dateOf(at).isAfter(last);
    }

    private void move(ComplaintStatus target, String officer, String note, Instant at) {
        if (!allowedNext().contains(target)) {
            throw new IllegalStatusTransition(status, target, allowedNext());
        }
        ComplaintStatus from = status;
        status = target;
        updatedAt = at;
        timeline.add(new TimelineEntry(at, officer, from, target, note));
        if (personalDataErasedAt == null) { // after erasure nobody is left to tell
            notifications.add(Notification.statusChanged(UUID.randomUUID().toString(), at, target, note));
        }
        if (target != ComplaintStatus.DITUNDA) { // an officer's question is for the reporter alone
            for (Follower follower : followers) {
                notifications.add(Notification.toFollower(UUID.randomUUID().toString(), at, target, note,
                        follower.chat()));
            }
        }
    }

    /**
     * A citizen follows this open complaint ("ikut memantau") instead of reporting the same problem again; from now
     * on they are told of its status changes. Returns false when the chat already follows it or is the reporter's.
     */
    public boolean follow(ChatRef chat, Instant at) {
        if (!status.isOpen()) {
            throw new CitizenActionRefused(ticket, "a closed complaint cannot be followed");
        }
        if (isFollowedBy(chat) || chat.equals(reporter.chat())) {
            return false;
        }
        followers.add(new Follower(chat, at));
        updatedAt = at;
        return true;
    }

    /**
     * Erases the citizen's personal data (UU PDP) and keeps what the agency's work and the statistics need: ticket,
     * category, agency, status, timeline, dates and place. The reporter's identity and chat are removed, so the
     * complaint is no longer linked to the citizen and no further message is sent to them; the citizen's own
     * lines of the transcript become {@code marker}; in the texts that must stay (description, location, notes)
     * a NIK, a phone number or the reporter's name are masked. Idempotent: erasing again changes nothing.
     *
     * @return whether anything changed
     */
    public boolean erasePersonalData(String marker, Instant at) {
        if (personalDataErasedAt != null) {
            return false;
        }
        UnaryOperator<String> scrub = scrubber(marker);
        reporter = new Reporter(ChatRef.erased(reporter.chat().channel()), null, null);
        description = scrub.apply(description);
        location = scrub.apply(location);
        incidentText = scrub.apply(incidentText);
        transcript.replaceAll(e -> new TranscriptEntry(e.at(), e.speaker(),
                e.speaker() == Speaker.CITIZEN ? marker : scrub.apply(e.text())));
        timeline.replaceAll(e -> new TimelineEntry(e.at(), e.actor(), e.from(), e.to(), scrub.apply(e.note())));
        internalNotes.replaceAll(n -> new InternalNote(n.at(), n.officer(), scrub.apply(n.text())));
        // The reporter's pending messages can no longer be sent; the followers' still go out.
        notifications.replaceAll(n -> {
            boolean stop = n.state() == NotificationState.PENDING && !n.forFollower();
            return new Notification(n.id(), n.createdAt(), n.status(), scrub.apply(n.note()),
                    stop ? NotificationState.UNREACHABLE : n.state(), n.attempts(), n.nextAttemptAt(), n.sentAt(),
                    n.messageId(), stop ? "personal data erased" : n.lastError(), n.recipient(), n.mergedInto());
        });
        openQuestion = scrub.apply(openQuestion);
        citizenUnreachable = true;
        personalDataErasedAt = at;
        updatedAt = at;
        return true;
    }

    /** The chat stops following; its messages not yet sent are dropped. Returns false when it did not follow. */
    public boolean unfollow(ChatRef chat, Instant at) {
        boolean removed = followers.removeIf(f -> f.chat().equals(chat));
        if (removed) {
            notifications.removeIf(n -> chat.equals(n.recipient()) && n.state() == NotificationState.PENDING);
            updatedAt = at;
        }
        return removed;
    }

    /**
     * Forgets a follower's chat entirely (their personal data is erased): no longer a follower, and no outbox entry
     * addressed to them is kept, sent or not. Returns whether anything changed.
     */
    public boolean forgetFollower(ChatRef chat, Instant at) {
        boolean changed = followers.removeIf(f -> f.chat().equals(chat))
                | notifications.removeIf(n -> chat.equals(n.recipient()));
        if (changed) {
            updatedAt = at;
        }
        return changed;
    }

    public boolean isFollowedBy(ChatRef chat) {
        return followers.stream().anyMatch(f -> f.chat().equals(chat));
    }

    public List<Follower> followers() {
        return Collections.unmodifiableList(followers);
    }

    /** Masks NIKs, phone numbers and the reporter's own name and username in a text that must stay. */
    private UnaryOperator<String> scrubber(String marker) {
        List<String> names = new ArrayList<>();
        if (reporter.name() != null && reporter.name().strip().length() >= 3) {
            names.add(reporter.name().strip());
        }
        if (reporter.username() != null && reporter.username().strip().length() >= 3) {
            names.add(reporter.username().strip());
        }
        return text -> {
            if (text == null) {
                return null;
            }
            String out = PersonalText.masked(text);
            for (String name : names) {
                out = Pattern.compile("@?" + Pattern.quote(name),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(out).replaceAll(Matcher.quoteReplacement(marker));
            }
            return out;
        };
    }

    /** When the citizen's personal data was erased, if it was. */
    public Optional<Instant> personalDataErasedAt() {
        return Optional.ofNullable(personalDataErasedAt);
    }

    /**
     * The statuses an officer may move this complaint to now: {@link ComplaintStatus#next()}, except that a
     * complaint closed for good ({@link #closedAt()}) moves nowhere any more.
     */
    public Set<ComplaintStatus> allowedNext() {
        return closedAt != null ? EnumSet.noneOf(ComplaintStatus.class) : status.next();
    }

    /**
     * Closes a completed complaint for good when the citizen did not answer "Sudah beres?" within
     * {@value #REOPEN_WORKING_DAYS} working days (the AUTO_CLOSE deadline has passed): a timeline entry by
     * "sistem", no deadline any more, no reopening. Returns false (and changes nothing) when that is not the case.
     * The status stays {@code selesai}: for SP4N-LAPOR! the complaint was followed up and solved; only the
     * citizen's window to disagree is over.
     */
    public boolean closeUnanswered(Instant at, WorkingCalendar calendar) {
        if (status != ComplaintStatus.SELESAI || closedAt != null || rating != null || canBeReopened(at, calendar)) {
            return false;
        }
        timeline.add(new TimelineEntry(at, "sistem", status, status, "Ditutup otomatis: warga tidak menanggapi "
                + "dalam " + REOPEN_WORKING_DAYS + " hari kerja setelah laporan selesai."));
        updatedAt = at;
        closeForGood(at);
        return true;
    }

    private void closeForGood(Instant at) {
        closedAt = at;
        dueDate = null;
        dueRule = null;
        overdue = false;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The archive reason code of a merged duplicate. */
    public static final String DUPLICATE = "duplikat";

    /**
     * The first of the two writes of a merge, on the target (this complaint): it records the duplicate and takes its
     * reporter and followers as followers, so they hear of this complaint's changes from now on. Idempotent, so a
     * merge interrupted before the duplicate was archived can simply be repeated.
     *
     * @throws IllegalMerge when the merge breaks a rule (see {@link IllegalMerge.Problem})
     */
    public void absorb(Complaint duplicate, String officer, Instant at) {
        checkMerge(duplicate, this);
        if (!mergedTickets.contains(duplicate.ticket)) {
            mergedTickets.add(duplicate.ticket);
            timeline.add(new TimelineEntry(at, officer, status, status, "Laporan " + duplicate.ticket
                    + " tentang masalah yang sama digabungkan ke laporan ini."));
        }
        List<ChatRef> chats = new ArrayList<>();
        chats.add(duplicate.reporter.chat());
        duplicate.followers.forEach(f -> chats.add(f.chat()));
        for (ChatRef chat : chats) {
            if (!isFollowedBy(chat) && !chat.equals(reporter.chat())) {
                followers.add(new Follower(chat, at));
            }
        }
        updatedAt = at;
    }

    /**
     * The second write of a merge, on the duplicate (this complaint), after {@link #absorb} was saved on the target:
     * archived with reason {@value #DUPLICATE} naming the target, from any open status (a duplicate may be noticed
     * after disposition too: the work goes on in the target). The reporter and followers get one notification each
     * saying where the news will come from now. Transcript and timeline stay.
     */
    public void mergeInto(Complaint target, String officer, String note, Instant at) {
        checkMerge(this, target);
        if (!target.mergedTickets.contains(ticket)) {
            throw new IllegalStateException("the target " + target.ticket + " must take over " + ticket + " first");
        }
        String reason = "Duplikat: masalah yang sama ditangani di laporan " + target.ticket + "."
                + (note == null || note.isBlank() ? "" : " " + note.strip());
        ComplaintStatus from = status;
        status = ComplaintStatus.DIARSIPKAN;
        archiveReason = DUPLICATE;
        mergedInto = target.ticket;
        openQuestion = null;
        pausedFrom = null;
        updatedAt = at;
        timeline.add(new TimelineEntry(at, officer, from, status, reason));
        String publicNote = note == null || note.isBlank() ? null : note.strip();
        notifications.add(Notification.merged(UUID.randomUUID().toString(), at, publicNote, target.ticket, null));
        for (Follower follower : followers) {
            notifications.add(Notification.merged(UUID.randomUUID().toString(), at, publicNote, target.ticket,
                    follower.chat()));
        }
    }

    private static void checkMerge(Complaint duplicate, Complaint target) {
        if (duplicate.ticket.equals(target.ticket)) {
            throw new IllegalMerge(IllegalMerge.Problem.SAME_COMPLAINT, duplicate.ticket, target.ticket,
                    "a complaint cannot be merged into itself");
        }
        if (target.mergedInto != null) {
            throw new IllegalMerge(IllegalMerge.Problem.TARGET_MERGED, duplicate.ticket, target.ticket,
                    target.ticket + " was itself merged into " + target.mergedInto + "; merge into that one");
        }
        if (!target.status.isOpen()) {
            throw new IllegalMerge(IllegalMerge.Problem.TARGET_CLOSED, duplicate.ticket, target.ticket,
                    "the target " + target.ticket + " is closed (" + target.status.code() + ")");
        }
        if (duplicate.mergedInto != null) {
            throw new IllegalMerge(IllegalMerge.Problem.DUPLICATE_CLOSED, duplicate.ticket, target.ticket,
                    duplicate.ticket + " was already merged into " + duplicate.mergedInto);
        }
        if (!duplicate.status.isOpen()) {
            throw new IllegalMerge(IllegalMerge.Problem.DUPLICATE_CLOSED, duplicate.ticket, target.ticket,
                    "the duplicate " + duplicate.ticket + " is closed (" + duplicate.status.code() + ")");
        }
    }

    public Optional<TicketNumber> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public List<TicketNumber> mergedTickets() {
        return Collections.unmodifiableList(mergedTickets);
    }

    public Optional<String> archiveReason() {
        return Optional.ofNullable(archiveReason);
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a note for the citizen is required");
        }
        return note.strip();
    }

    public String id() {
        return id;
    }

    public TicketNumber ticket() {
        return ticket;
    }

    public Long version() {
        return version;
    }

    public Reporter reporter() {
        return reporter;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String incidentText() {
        return incidentText;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public ReportType reportType() {
        return reportType;
    }

    public Privacy privacy() {
        return privacy;
    }

    public Optional<SuggestionSnapshot> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** The files the citizen sent with the report: where each is stored, or why it is missing. */
    public List<Attachment> attachments() {
        return attachments == null ? List.of() : Collections.unmodifiableList(attachments);
    }

    /** One attachment by its id. */
    public Optional<Attachment> attachment(String id) {
        return attachments().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The channel's file references of the photos the citizen sent. */
    public List<String> photos() {
        return photos;
    }

    public Optional<CategoryCode> category() {
        return Optional.ofNullable(category);
    }

    public Optional<AgencyCode> agency() {
        return Optional.ofNullable(agency);
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<TranscriptEntry> transcript() {
        return Collections.unmodifiableList(transcript);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public Optional<String> openQuestion() {
        return Optional.ofNullable(openQuestion);
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public Optional<Instant> resolutionConfirmedAt() {
        return Optional.ofNullable(resolutionConfirmedAt);
    }

    public List<Notification> notifications() {
        return Collections.unmodifiableList(notifications);
    }

    /** True when the citizen cannot be reached on their channel ("warga tidak dapat dihubungi"). */
    public boolean citizenUnreachable() {
        return citizenUnreachable;
    }

    /** The citizen blocked the bot ({@code true}) or came back ({@code false}). */
    public void markCitizenUnreachable(boolean unreachable) {
        this.citizenUnreachable = unreachable;
    }
}
