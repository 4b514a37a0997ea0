package id.aduan.admin.complaint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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
 * Serves the files a citizen sent with a report to the officers who may see the report (another agency's officer
 * gets 404, as for the detail). Photos (JPEG, PNG, WebP, GIF), videos and audio are shown inline with their content
 * type; any other file (a document may be HTML or SVG, which a browser would run under the API's origin) is only
 * offered as a download, as {@code application/octet-stream} with a file name the API makes up. Every answer says
 * {@code X-Content-Type-Options: nosniff}, so no browser guesses a runnable type from the bytes.
 */
@RestController
@RequestMapping("/api/complaints/{ticket}/attachments")
class AttachmentController {

    /** Image types browsers only display (SVG is left out: it can carry script). */
    private static final Set<String> INLINE_IMAGES = Set.of("jpeg", "png", "webp", "gif");

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
        MediaType type = typeOf(attachment);
        boolean inline = shownInline(type);
        String name = ticket.replaceAll("[^A-Za-z0-9-]", "") + "-lampiran-"
                + attachment.id().replaceAll("[^A-Za-z0-9-]", "") + extension(attachment.storedKey());
        return ResponseEntity.ok()
                .contentType(inline ? new MediaType(type.getType(), type.getSubtype())
                        : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }

    /** Media a browser only displays: never a type that can carry script (HTML, SVG, XML, PDF...). */
    private static boolean shownInline(MediaType type) {
        return type.getType().equals("image") && INLINE_IMAGES.contains(type.getSubtype())
                || type.getType().equals("video") || type.getType().equals("audio");
    }

    private static MediaType typeOf(Attachment attachment) {
        if (attachment.contentType() == null) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            MediaType type = MediaType.parseMediaType(attachment.contentType());
            return type.isConcrete() ? type : MediaType.APPLICATION_OCTET_STREAM;
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** The stored copy's extension (letters and digits only), or none. */
    private static String extension(String storedKey) {
        int dot = storedKey.lastIndexOf('.');
        String ext = dot < 0 ? "" : storedKey.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? "." + ext : "";
    }

    private static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
