package id.aduan.admin.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an officer needs to triage one complaint. The reporter is omitted for anonymous reports;
 * {@code citizenUnreachable} is "warga tidak dapat dihubungi" (the citizen blocked the bot). {@code followers} counts
 * the citizens who follow it ("ikut memantau"); {@code mergedInto} / {@code mergedTickets} link a merged duplicate
 * and its target; {@code closedAt} is when a completed complaint was closed for good (no reopening);
 * {@code attachments} are the files the citizen sent, each stored or marked missing.
 */
public record ComplaintDetails(String ticket, Labelled status, List<Labelled> allowedNext, DeadlineView deadline,
                               String description,
                               String location, Double latitude, Double longitude, String incidentText,
                               LocalDate incidentDate, Labelled reportType, String privacy, Labelled category,
                               Labelled agency, ReporterView reporter, SuggestionView suggestion, int photos,
                               List<TranscriptLine> transcript, List<TimelineLine> timeline,
                               List<NotificationLine> notifications, List<NoteLine> internalNotes,
                               String assignee, Instant createdAt, Instant updatedAt,
                               boolean citizenUnreachable, long failedNotifications, int followers,
                               String mergedInto, List<String> mergedTickets, String archiveReason,
                               Instant closedAt, List<AttachmentLine> attachments) {

    /**
     * A file the citizen sent: {@code url} serves it; when {@code missing}, {@code problem} says why it was not
     * kept (too-large, download-failed, not-downloaded) and there is no url.
     */
    public record AttachmentLine(String id, String fileId, Long size, String contentType, Instant receivedAt,
                                 boolean missing, String problem, String url) {
    }

    /** An officers-only note. */
    public record NoteLine(Instant at, String officer, String text) {
    }

    /** Who reported it (not for anonymous reports). */
    public record ReporterView(String channel, long chatId, String name, String username) {
    }

    /** The classifier's suggestion; {@code unsure} when the best guess is below the threshold. */
    public record SuggestionView(List<ScoredLabel> categories, List<ScoredLabel> agencies, boolean unsure,
                                 double threshold, String modelVersion) {
    }

    /** A suggested label with its confidence between 0 and 1. */
    public record ScoredLabel(String code, String name, double confidence) {
    }

    /** One message of the conversation. */
    public record TranscriptLine(Instant at, String speaker, String text) {
    }

    /** One status change. */
    public record TimelineLine(Instant at, String actor, String from, String to, String note) {
    }

    /** A message owed to the citizen and how its delivery went. */
    public record NotificationLine(String status, String state, int attempts, Instant sentAt, String lastError) {
    }
}
