package id.aduan.complaint;

/** Delivery state of a message the complaint owes its citizen. */
public enum NotificationState {
    PENDING, SENT, FAILED, UNREACHABLE
}
