package id.aduan.complaint;

import id.aduan.models.ticket.TicketNumber;

/** No complaint has this ticket number (or the caller may not see it). */
public class ComplaintNotFound extends RuntimeException {

    private final String ticket;

    public ComplaintNotFound(TicketNumber ticket) {
        this(ticket.toString());
    }

    public ComplaintNotFound(String ticket) {
        super("No complaint with ticket " + ticket);
        this.ticket = ticket;
    }

    public String ticket() {
        return ticket;
    }
}
