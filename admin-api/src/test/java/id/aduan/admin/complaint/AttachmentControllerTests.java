package id.aduan.admin.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.aduan.admin.security.WithApiSecurity;
import id.aduan.complaint.Attachment;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.Reporter;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

/**
 * Officers open what citizens sent: photos, videos and voice notes in the browser, every other file (a document can
 * be HTML or SVG with script in it) only as a download, so nothing a citizen uploads runs under the API's origin.
 */
@WebMvcTest(AttachmentController.class)
@Import(AttachmentControllerTests.MediaDirectory.class)
@WithApiSecurity
class AttachmentControllerTests {

    static final Path DIR = temporaryDirectory();
    static final String TICKET = "ADU-2026-000007";
    static final String HTML = "<html><script>fetch('/api/accounts')</script></html>";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    TicketLookup lookup;

    @TestConfiguration
    static class MediaDirectory {
        @Bean
        AttachmentSettings attachmentSettings() {
            return new AttachmentSettings(DIR);
        }
    }

    @BeforeEach
    void citizenSentFiles() throws IOException {
        Files.write(DIR.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        Files.writeString(DIR.resolve("page.html"), HTML);
        Files.writeString(DIR.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>");
        Files.write(DIR.resolve("flood.mp4"), new byte[] {0, 0, 0, 24});
        Files.write(DIR.resolve("odd.bin"), new byte[] {1, 2});
        Instant at = Instant.parse("2026-11-23T03:00:00Z");
        List<Attachment> files = List.of(
                new Attachment("1", "f1", "photo.jpg", 4L, "image/jpeg", at, null),
                new Attachment("2", "f2", "page.html", (long) HTML.length(), "text/html", at, null),
                new Attachment("3", "f3", "drawing.svg", 60L, "image/svg+xml", at, null),
                new Attachment("4", "f4", "flood.mp4", 4L, "video/mp4", at, null),
                new Attachment("5", "f5", "odd.bin", 2L, "not a type", at, null));
        Complaint complaint = Complaint.receive(new TicketNumber(2026, 7), new NewComplaint(
                new Reporter(ChatRef.telegram(42L), "Sari", "sari"), "Banjir di Jalan Melati setinggi lutut",
                "Jalan Melati", null, null, null, null, ReportType.PENGADUAN, Privacy.BIASA, null,
                List.of("f1", "f2", "f3", "f4", "f5"), List.of(), files), at);
        given(lookup.byTicket(TICKET)).willReturn(complaint);
    }

    @Test
    void showsAPhotoInlineWithItsType() {
        MockHttpServletResponse photo = fetch("1");

        assertThat(photo.getStatus()).isEqualTo(200);
        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(photo.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.getContentAsByteArray()).containsExactly(0xFF, 0xD8, 0xFF, 0xD9);
    }

    @Test
    void offersAnHtmlDocumentOnlyAsADownloadThatNoBrowserRuns() throws Exception {
        MockHttpServletResponse page = fetch("2");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo("application/octet-stream");
        assertThat(page.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + TICKET + "-lampiran-2.html\"");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(HTML); // the officer still gets it
    }

    @Test
    void offersAnSvgImageOnlyAsADownloadBecauseItCanCarryScript() {
        MockHttpServletResponse drawing = fetch("3");

        assertThat(drawing.getContentType()).isEqualTo("application/octet-stream");
        assertThat(drawing.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(drawing.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void playsAVideoInline() {
        MockHttpServletResponse video = fetch("4");

        assertThat(video.getContentType()).isEqualTo("video/mp4");
        assertThat(video.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(video.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void servesAFileWithAnUnreadableTypeAsADownloadInsteadOfFailing() {
        MockHttpServletResponse odd = fetch("5");

        assertThat(odd.getStatus()).isEqualTo(200);
        assertThat(odd.getContentType()).isEqualTo("application/octet-stream");
        assertThat(odd.getHeader("Content-Disposition")).startsWith("attachment");
    }

    private MockHttpServletResponse fetch(String id) {
        return mvc.get().uri("/api/complaints/" + TICKET + "/attachments/" + id).exchange().getResponse();
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("aduan-attachments");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
