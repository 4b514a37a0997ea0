package id.aduan.complaint;

import id.aduan.models.ticket.TicketNumber;

/**
 * A notification whose time to be delivered has come, with what the sender needs to address and word it.
 *
 * @param complaintId the id of the document holding the notification: a complaint, or a deletion request
 * @param ticket the complaint's ticket; null for a deletion request
 */
public record DueNotification(String complaintId, TicketNumber ticket, ChatRef chat, Notification notification,
                              Subject subject) {

    /** What the notification is about, which decides where it is stored and how it is worded. */
    public enum Subject {
        /** A complaint's status changed (stored in the complaint). */
        STATUS_CHANGED,
        /** The citizen's deletion request was carried out (stored in the request). */
        DATA_DELETED,
        /** The citizen's deletion request was refused; the note says why (stored in the request). */
        DATA_DELETION_REFUSED
    }

    /** A complaint's status-change notification. */
    public DueNotification(String complaintId, TicketNumber ticket, ChatRef chat, Notification notification) {
        this(complaintId, ticket, chat, notification, Subject.STATUS_CHANGED);
    }

    boolean aboutDeletionRequest() {
        return subject != Subject.STATUS_CHANGED;
    }
}
