package id.aduan.admin.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One escalation for officers: a complaint passed a deadline. One document per escalation, shared by everyone
 * whose scope covers its agency (officers of that agency and the admins; a complaint without an agency concerns
 * the admins only); {@code readBy} holds the accounts that marked it read. The id is derived from the escalation
 * (ticket, rule, due date), so recording it twice stores it once.
 */
@Document("officer_notifications")
record OfficerNotification(@Id String id, String kind, String ticket, String agency, String rule,
                           LocalDate dueDate, String message, Instant createdAt, Set<String> readBy) {

    static final String OVERDUE = "overdue";
}
