package id.aduan.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

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
public class Complaint {

    @Id
    private String id;
    @Indexed(unique = true)
    private final TicketNumber ticket;
    @Version
    private Long version;
    private final Reporter reporter;
    private final String description;
    private final String location;
    private final Double latitude;
    private final Double longitude;
    private final String incidentText;
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
    /** Set when the citizen blocked the bot or deleted their account ("warga tidak dapat dihubungi"). */
    private boolean citizenUnreachable;

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

    /** Not actionable (duplicate, spam, unclear): archived with a reason the citizen sees. */
    public void archive(String officer, String reason, Instant at) {
        move(ComplaintStatus.DIARSIPKAN, officer, requireNote(reason), at);
    }

    /** The citizen added something to an open complaint; it lands in the transcript. */
    public void addCitizenMessage(String text, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("complaint " + ticket + " is closed");
        }
        transcript.add(new TranscriptEntry(at, Speaker.CITIZEN, text));
        updatedAt = at;
    }

    private void move(ComplaintStatus target, String officer, String note, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransition(status, target);
        }
        ComplaintStatus from = status;
        status = target;
        updatedAt = at;
        timeline.add(new TimelineEntry(at, officer, from, target, note));
        notifications.add(Notification.statusChanged(UUID.randomUUID().toString(), at, target, note));
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
