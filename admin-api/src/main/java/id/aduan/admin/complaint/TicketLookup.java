package id.aduan.admin.complaint;

import org.springframework.stereotype.Component;

import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintNotFound;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.models.ticket.TicketNumber;

/** Finds a complaint by the ticket number in a URL; anything unknown or malformed is "not found". */
@Component
public class TicketLookup {

    private final ComplaintRepository complaints;

    public TicketLookup(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    public Complaint byTicket(String ticket) {
        TicketNumber number = TicketNumber.tryParse(ticket).orElseThrow(() -> new ComplaintNotFound(ticket));
        return complaints.findByTicket(number).orElseThrow(() -> new ComplaintNotFound(ticket));
    }
}
