package id.aduan.bot.chat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

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

    public ReportView find(ChatRef chat, String ticket) {
        return TicketNumber.tryParse(ticket).flatMap(complaints::findByTicket)
                .filter(c -> c.reporter().chat().equals(chat))
                .map(ReportViews::view).orElse(null);
    }

    public List<ReportView> mine(ChatRef chat) {
        return complaints.findByReporterChatOrderByCreatedAtDesc(chat).stream().limit(10)
                .map(ReportViews::view).toList();
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
