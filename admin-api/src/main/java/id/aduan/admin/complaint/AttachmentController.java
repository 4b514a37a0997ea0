package id.aduan.admin.complaint;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.complaint.Attachment;
import id.aduan.complaint.Complaint;

/**
 * Serves the files a citizen sent with a report, with their content type, to the officers who may see the
 * report (another agency's officer gets 404, as for the detail).
 */
@RestController
@RequestMapping("/api/complaints/{ticket}/attachments")
class AttachmentController {

    private final TicketLookup lookup;
    private final Path directory;

    AttachmentController(TicketLookup lookup, AttachmentSettings settings) {
        this.lookup = lookup;
        this.directory = settings.dir().toAbsolutePath().normalize();
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> file(@PathVariable String ticket, @PathVariable String id) {
        Complaint complaint = lookup.byTicket(ticket);
        Attachment attachment = complaint.attachment(id)
                .orElseThrow(() -> notFound("Attachment not found", "Complaint " + ticket + " has no attachment "
                        + id + "."));
        if (attachment.missing()) {
            throw notFound("Attachment missing", "The file was not kept (" + attachment.problem() + ").");
        }
        Path file = directory.resolve(attachment.storedKey()).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            throw notFound("Attachment missing", "The stored file is no longer there.");
        }
        MediaType type = attachment.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(attachment.contentType());
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
    }

    private static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
