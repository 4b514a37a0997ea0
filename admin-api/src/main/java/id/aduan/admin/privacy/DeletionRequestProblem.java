package id.aduan.admin.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import id.aduan.complaint.DataDeletionRequest;

/** An unknown deletion request (404) or one already decided otherwise (409), as a ProblemDetail. */
final class DeletionRequestProblem extends ErrorResponseException {

    private DeletionRequestProblem(HttpStatus status, String title, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        getBody().setTitle(title);
    }

    static DeletionRequestProblem notFound(String id) {
        return new DeletionRequestProblem(HttpStatus.NOT_FOUND, "Deletion request not found",
                "No deletion request " + id);
    }

    static DeletionRequestProblem alreadyDecided(DataDeletionRequest r) {
        DeletionRequestProblem p = new DeletionRequestProblem(HttpStatus.CONFLICT, "Deletion request already decided",
                "The deletion request was already decided: " + r.state().code() + " by " + r.decidedBy());
        p.getBody().setProperty("state", r.state().code());
        return p;
    }
}
