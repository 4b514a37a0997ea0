package id.aduan.bot.chat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.PersonalData;
import id.aduan.bot.conversation.ReportView;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.TimelineEntry;
import id.aduan.models.deadline.IndonesianDates;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.ticket.TicketNumber;

/** What a citizen may see of their own reports; someone else's ticket looks exactly like an unknown one. */
@Component
public class ReportViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT);

    private final ComplaintRepository complaints;

    public ReportViews(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    /** One of the chat's own reports, or one it follows; anything else is null. */
    public ReportView find(ChatRef chat, String ticket) {
        return TicketNumber.tryParse(ticket).flatMap(complaints::findByTicket)
                .filter(c -> c.reporter().chat().equals(chat) || c.isFollowedBy(chat))
                .map(c -> c.reporter().chat().equals(chat) ? view(c) : followedView(c)).orElse(null);
    }

    /** The chat's own reports, newest first, then the reports it follows (marked), at most 10 each. */
    public List<ReportView> mine(ChatRef chat) {
        List<ReportView> own = complaints.findByReporterChatOrderByCreatedAtDesc(chat).stream().limit(10)
                .map(ReportViews::view).toList();
        List<ReportView> followed = complaints.findByFollowersChatOrderByCreatedAtDesc(chat).stream()
                .filter(c -> c.isFollowedBy(chat)).limit(10).map(ReportViews::followedView).toList();
        return java.util.stream.Stream.concat(own.stream(), followed.stream()).toList();
    }

    /** Someone else's report the chat follows: status and notes as the owner sees them, personal data masked. */
    static ReportView followedView(Complaint c) {
        ReportView v = view(c);
        return new ReportView(v.ticket(), title(PersonalData.masked(c.description())), v.statusName(),
                v.lastUpdate(), v.lastNote(), true);
    }

    static ReportView view(Complaint c) {
        LocalDateTime updated = LocalDateTime.ofInstant(c.updatedAt(), WorkingCalendar.JAKARTA);
        String lastUpdate = IndonesianDates.format(updated.toLocalDate()) + " " + TIME.format(updated) + " WIB";
        String note = c.timeline().reversed().stream().map(TimelineEntry::note).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new ReportView(c.ticket().toString(), title(c.description()), c.status().displayName(), lastUpdate,
                note);
    }

    static String title(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 47).strip() + "...";
    }

}
