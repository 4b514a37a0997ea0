package id.aduan.admin.complaint;

import java.util.List;

import org.springframework.stereotype.Component;

import id.aduan.complaint.Complaint;
import id.aduan.complaint.NotificationState;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.SuggestionSnapshot;
import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/** Turns stored complaints into the API's response records, with Indonesian names from the taxonomy. */
@Component
public class ComplaintViews {

    private final Taxonomy taxonomy;

    public ComplaintViews(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public ComplaintSummary summary(Complaint c) {
        return new ComplaintSummary(c.ticket().toString(), status(c.status()), DeadlineView.of(c),
                c.category().map(this::category).orElse(null), c.agency().map(this::agency).orElse(null),
                title(c.description()), c.privacy().code(), !c.photos().isEmpty(), c.createdAt(), c.updatedAt(),
                c.citizenUnreachable(), failedNotifications(c));
    }

    public ComplaintDetails details(Complaint c) {
        // Anonymous: hidden; erased (deletion request or retention): there is no reporter any more.
        var reporter = c.privacy() == Privacy.ANONIM || c.personalDataErasedAt().isPresent() ? null : new ComplaintDetails.ReporterView(
                c.reporter().chat().channel().name().toLowerCase(), c.reporter().chat().chatId(),
                c.reporter().name(), c.reporter().username());
        return new ComplaintDetails(c.ticket().toString(), status(c.status()),
                c.allowedNext().stream().map(ComplaintViews::status).toList(), DeadlineView.of(c),
                c.description(), c.location(),
                c.latitude(), c.longitude(), c.incidentText(), c.incidentDate(),
                new Labelled(c.reportType().code(), c.reportType().displayName()), c.privacy().code(),
                c.category().map(this::category).orElse(null), c.agency().map(this::agency).orElse(null), reporter,
                c.suggestion().map(this::suggestion).orElse(null), c.photos().size(),
                c.transcript().stream().map(t -> new ComplaintDetails.TranscriptLine(t.at(),
                        t.speaker().name().toLowerCase(), t.text())).toList(),
                c.timeline().stream().map(t -> new ComplaintDetails.TimelineLine(t.at(), t.actor(),
                        t.from() == null ? null : t.from().code(), t.to().code(), t.note())).toList(),
                c.notifications().stream().map(n -> new ComplaintDetails.NotificationLine(n.status().code(),
                        n.state().name().toLowerCase(), n.attempts(), n.sentAt(), n.lastError())).toList(),
                c.internalNotes().stream().map(n -> new ComplaintDetails.NoteLine(n.at(), n.officer(), n.text()))
                        .toList(),
                c.assignee().orElse(null), c.createdAt(), c.updatedAt(), c.citizenUnreachable(),
                failedNotifications(c), c.followers().size(), c.mergedInto().map(Object::toString).orElse(null),
                c.mergedTickets().stream().map(Object::toString).toList(), c.archiveReason().orElse(null),
                c.closedAt().orElse(null), c.attachments().stream().map(a -> new ComplaintDetails.AttachmentLine(
                        a.id(), a.fileId(), a.size(), a.contentType(), a.receivedAt(), a.missing(), a.problem(),
                        a.missing() ? null : "/api/complaints/" + c.ticket() + "/attachments/" + a.id())).toList());
    }

    /** Notifications that will not be delivered without help: failed, or the citizen is unreachable. */
    private static long failedNotifications(Complaint c) {
        return c.notifications().stream().filter(n -> n.state() == NotificationState.FAILED
                || n.state() == NotificationState.UNREACHABLE).count();
    }

    private ComplaintDetails.SuggestionView suggestion(SuggestionSnapshot s) {
        List<ComplaintDetails.ScoredLabel> categories = s.categories().stream()
                .map(x -> new ComplaintDetails.ScoredLabel(x.code(), taxonomy.categoryName(CategoryCode.of(x.code())),
                        x.confidence())).toList();
        List<ComplaintDetails.ScoredLabel> agencies = s.agencies().stream()
                .map(x -> new ComplaintDetails.ScoredLabel(x.code(), taxonomy.agencyName(AgencyCode.of(x.code())),
                        x.confidence())).toList();
        boolean unsure = categories.isEmpty() || categories.getFirst().confidence() < s.threshold();
        return new ComplaintDetails.SuggestionView(categories, agencies, unsure, s.threshold(), s.modelVersion());
    }

    static Labelled status(ComplaintStatus s) {
        return new Labelled(s.code(), s.displayName());
    }

    Labelled category(CategoryCode code) {
        return new Labelled(code.value(), taxonomy.categoryName(code));
    }

    Labelled agency(AgencyCode code) {
        return new Labelled(code.value(), taxonomy.agencyName(code));
    }

    static String title(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77).strip() + "...";
    }
}
