package id.aduan.admin.complaint;

import java.security.Principal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.audit.AuditLog;
import id.aduan.complaint.Complaint;

/**
 * Reveals who reported a complaint, also an anonymous one, to an admin who gives a reason (the security
 * configuration keeps officers out). Every reveal is an audit entry.
 */
@RestController
class ReporterController {

    private final TicketLookup lookup;
    private final AuditLog audit;

    ReporterController(TicketLookup lookup, AuditLog audit) {
        this.lookup = lookup;
        this.audit = audit;
    }

    @PostMapping("/api/complaints/{ticket}/reporter")
    ReporterIdentity reveal(@PathVariable String ticket, @Valid @RequestBody RevealRequest body, Principal admin) {
        Complaint c = lookup.byTicket(ticket);
        audit.record(admin.getName(), "complaint.reveal-reporter", c.ticket().toString(), Map.of(),
                Map.of("privacy", c.privacy().code()), body.reason());
        return new ReporterIdentity(c.ticket().toString(), c.privacy().code(),
                c.reporter().chat().channel().name().toLowerCase(), c.reporter().chat().chatId(),
                c.reporter().name(), c.reporter().username());
    }

    /** Why the identity is needed; stored in the audit log. */
    record RevealRequest(@NotBlank @Size(min = 10, max = 500) String reason) {
    }

    /** The reporter's identity as stored (the bot stores no phone number). */
    record ReporterIdentity(String ticket, String privacy, String channel, long chatId, String name,
                            String username) {
    }
}
