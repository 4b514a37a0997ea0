package id.aduan.complaint;

import id.aduan.models.ticket.TicketNumber;

/** The citizen tried something the complaint does not allow now: answer with no open question, reopen too late. */
public class CitizenActionRefused extends RuntimeException {

    public CitizenActionRefused(TicketNumber ticket, String reason) {
        super("complaint " + ticket + ": " + reason);
    }
}
