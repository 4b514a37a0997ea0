package id.aduan.admin.notice;

/** No officer notification with this id within the caller's agencies (404, like an unknown one). */
public class NotificationNotFound extends RuntimeException {

    public NotificationNotFound(String id) {
        super("No notification '" + id + "'");
    }
}
