package id.aduan.admin.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins (the security configuration keeps officers out), newest first. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    AuditPage list(@RequestParam(required = false) @Size(max = 64) String target,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new AuditPage(log.newestFirst(target, page, size), page, size, log.count(target));
    }

    /** One page of audit entries. */
    record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }
}
