package id.aduan.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.aduan.complaint.Privacy;
import id.aduan.complaint.Speaker;
import id.aduan.complaint.SuggestionSnapshot;
import id.aduan.complaint.TranscriptEntry;
import id.aduan.models.taxonomy.ReportType;

/**
 * A report being written: the slots filled so far, the transcript of the conversation behind it, and the
 * similar open complaints found for it before the summary ({@code null} until they were looked up).
 * {@code photos} holds the channel's references of every file sent as evidence (photos, videos, documents, voice
 * notes) in the order received; the name stays for the drafts already stored.
 */
public record Draft(String description, String location, Double latitude, Double longitude, String incidentText,
                    LocalDate incidentDate, boolean incidentSkipped, List<String> photos, boolean photosDone,
                    Privacy privacy, ReportType reportType, SuggestionSnapshot suggestion, boolean editing,
                    List<TranscriptEntry> transcript, List<SimilarReport> similar) {

    public Draft {
        photos = photos == null ? List.of() : List.copyOf(photos);
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
        similar = similar == null ? null : List.copyOf(similar); // null: not looked up yet
    }

    static Draft empty() {
        return new Draft(null, null, null, null, null, null, false, List.of(), false, null, null, null, false,
                List.of(), null);
    }

    Draft withDescription(String value) {
        return new Draft(value, location, latitude, longitude, incidentText, incidentDate, incidentSkipped, photos,
                photosDone, privacy, reportType, null, editing, transcript, null);
    }

    Draft withLocation(String text, Double lat, Double lon) {
        return new Draft(description, text, lat, lon, incidentText, incidentDate, incidentSkipped, photos,
                photosDone, privacy, reportType, suggestion, editing, transcript, similar);
    }

    Draft withIncident(String text, LocalDate date, boolean skipped) {
        return new Draft(description, location, latitude, longitude, text, date, skipped, photos, photosDone,
                privacy, reportType, suggestion, editing, transcript, similar);
    }

    Draft withPhoto(String fileRef) {
        List<String> more = new ArrayList<>(photos);
        more.add(fileRef);
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                more, photosDone, privacy, reportType, suggestion, editing, transcript, similar);
    }

    Draft withPhotosDone(boolean done) {
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, done, privacy, reportType, suggestion, editing, transcript, similar);
    }

    Draft withPrivacy(Privacy value) {
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, photosDone, value, reportType, suggestion, editing, transcript, similar);
    }

    Draft withSuggestion(SuggestionSnapshot value, ReportType type) {
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, photosDone, privacy, type, value, editing, transcript, similar);
    }

    Draft editing(boolean value) {
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, photosDone, privacy, reportType, suggestion, value, transcript, similar);
    }

    Draft heard(Speaker speaker, String text, Instant at) {
        List<TranscriptEntry> more = new ArrayList<>(transcript);
        more.add(new TranscriptEntry(at, speaker, text));
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, photosDone, privacy, reportType, suggestion, editing, more, similar);
    }

    Draft withSimilar(List<SimilarReport> found) {
        return new Draft(description, location, latitude, longitude, incidentText, incidentDate, incidentSkipped,
                photos, photosDone, privacy, reportType, suggestion, editing, transcript, found);
    }

    boolean hasLocation() {
        return location != null || latitude != null;
    }

    boolean hasIncidentTime() {
        return incidentText != null || incidentSkipped;
    }
}
