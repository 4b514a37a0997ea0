package id.aduan.complaint;

import java.time.LocalDate;
import java.util.List;

import id.aduan.models.taxonomy.ReportType;

/**
 * What a citizen confirmed in the chat, ready to become a complaint with a ticket number; photos are the channel's
 * file references, and attachments what became of them (stored, or why they are missing).
 */
public record NewComplaint(Reporter reporter, String description, String location, Double latitude,
                           Double longitude, String incidentText, LocalDate incidentDate, ReportType reportType,
                           Privacy privacy, SuggestionSnapshot suggestion, List<String> photos,
                           List<TranscriptEntry> transcript, List<Attachment> attachments) {

    /** A report without stored attachments. */
    public NewComplaint(Reporter reporter, String description, String location, Double latitude, Double longitude,
                        String incidentText, LocalDate incidentDate, ReportType reportType, Privacy privacy,
                        SuggestionSnapshot suggestion, List<String> photos, List<TranscriptEntry> transcript) {
        this(reporter, description, location, latitude, longitude, incidentText, incidentDate, reportType, privacy,
                suggestion, photos, transcript, List.of());
    }

    public NewComplaint {
        if (reporter == null) {
            throw new IllegalArgumentException("reporter is required");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
        photos = photos == null ? List.of() : List.copyOf(photos);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        privacy = privacy == null ? Privacy.BIASA : privacy;
        reportType = reportType == null ? ReportType.PENGADUAN : reportType;
    }
}
