package id.aduan.complaint;

import id.aduan.models.ticket.TicketNumber;

/** A notification whose time to be delivered has come, with what the sender needs to address and word it. */
public record DueNotification(String complaintId, TicketNumber ticket, ChatRef chat, Notification notification) {
}
