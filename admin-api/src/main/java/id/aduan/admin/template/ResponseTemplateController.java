package id.aduan.admin.template;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Managing response templates, and the ones that fit a complaint's next step, already filled in. */
@RestController
class ResponseTemplateController {

    private final ResponseTemplates templates;

    ResponseTemplateController(ResponseTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/api/templates")
    List<ResponseTemplate> list(@RequestParam(required = false) @Size(max = 64) String status,
                                @RequestParam(required = false) @Size(max = 64) String category) {
        return templates.find(status, category);
    }

    @PostMapping("/api/templates")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseTemplate create(@Valid @RequestBody NewTemplate body) {
        return templates.create(body.status(), body.category(), body.title(), body.text());
    }

    @PostMapping("/api/templates/{id}/retire")
    ResponseTemplate retire(@PathVariable String id) {
        return templates.retire(id);
    }

    @GetMapping("/api/complaints/{ticket}/templates")
    List<ResponseTemplates.Filled> forComplaint(@PathVariable String ticket) {
        return templates.forComplaint(ticket);
    }

    @ExceptionHandler(TemplateNotFound.class)
    ProblemDetail notFound(TemplateNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Template not found");
        return p;
    }

    /** A new template: the status it is for, optionally a category, a short title and the text. */
    record NewTemplate(@NotBlank @Size(max = 64) String status,
                       @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String category,
                       @NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 2000) String text) {
    }
}
