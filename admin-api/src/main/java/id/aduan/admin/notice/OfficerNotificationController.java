package id.aduan.admin.notice;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.audit.AuditLog;
import id.aduan.admin.security.OfficerScope;

/** The caller's unread officer notifications (escalations of overdue complaints of their agencies). */
@RestController
class OfficerNotificationController {

    private final OfficerNotifications notifications;
    private final AuditLog audit;

    OfficerNotificationController(OfficerNotifications notifications, AuditLog audit) {
        this.notifications = notifications;
        this.audit = audit;
    }

    /** The unread items, newest first, with how many there are in all. */
    record UnreadNotifications(long unread, List<NotificationView> items) {
    }

    /** One escalation: which complaint passed which deadline (rule code and due date), in Indonesian. */
    record NotificationView(String id, String kind, String ticket, String agency, String rule, LocalDate dueDate,
                            String message, Instant createdAt) {
    }

    @GetMapping("/api/notifications")
    UnreadNotifications unread(@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size, Principal caller) {
        OfficerScope scope = OfficerScope.current();
        List<NotificationView> items = notifications.unread(scope, caller.getName(), size).stream()
                .map(n -> new NotificationView(n.id(), n.kind(), n.ticket(), n.agency(), n.rule(), n.dueDate(),
                        n.message(), n.createdAt())).toList();
        return new UnreadNotifications(notifications.countUnread(scope, caller.getName()), items);
    }

    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable String id, Principal caller) {
        if (!notifications.markRead(id, OfficerScope.current(), caller.getName())) {
            throw new NotificationNotFound(id);
        }
        audit.record(caller.getName(), "notification.read", id, null, null, null);
        return ResponseEntity.noContent().build();
    }
}
