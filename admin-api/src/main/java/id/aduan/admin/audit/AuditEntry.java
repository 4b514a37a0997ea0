package id.aduan.admin.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One state-changing action: who did what to which target, when, and the relevant state before and after. */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, String actor, String action, String target,
                         Map<String, String> before, Map<String, String> after, String reason) {
}
