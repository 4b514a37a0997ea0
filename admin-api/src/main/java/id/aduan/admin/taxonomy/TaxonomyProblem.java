package id.aduan.admin.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A taxonomy edit that cannot be made, as a ProblemDetail naming the field where there is one. */
final class TaxonomyProblem extends ErrorResponseException {

    private TaxonomyProblem(HttpStatus status, String title, String detail, String field) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        getBody().setTitle(title);
        if (field != null) {
            getBody().setProperty("field", field);
        }
    }

    static TaxonomyProblem invalid(String field, String detail) {
        return new TaxonomyProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, field);
    }

    static TaxonomyProblem notFound(String what, String code) {
        return new TaxonomyProblem(HttpStatus.NOT_FOUND, "Unknown " + what, "No " + what + " with code " + code, null);
    }

    static TaxonomyProblem conflict(String field, String detail) {
        return new TaxonomyProblem(HttpStatus.CONFLICT, "Taxonomy conflict", detail, field);
    }
}
