package id.aduan.admin.problem;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.aduan.admin.account.AccountNotFound;
import id.aduan.admin.account.InvalidAccount;
import id.aduan.admin.account.UsernameTaken;
import id.aduan.admin.complaint.UnknownValue;
import id.aduan.admin.notice.NotificationNotFound;
import id.aduan.complaint.ComplaintNotFound;
import id.aduan.complaint.IllegalMerge;
import id.aduan.complaint.IllegalStatusTransition;
import id.aduan.models.status.ComplaintStatus;

/** Translates domain and request errors into ProblemDetail responses, once, for the whole API. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ComplaintNotFound.class)
    ProblemDetail notFound(ComplaintNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Complaint not found");
        p.setProperty("ticket", e.ticket());
        return p;
    }

    @ExceptionHandler(NotificationNotFound.class)
    ProblemDetail notificationNotFound(NotificationNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Notification not found");
        return p;
    }

    @ExceptionHandler(AccountNotFound.class)
    ProblemDetail accountNotFound(AccountNotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Account not found");
        return p;
    }

    @ExceptionHandler(UsernameTaken.class)
    ProblemDetail usernameTaken(UsernameTaken e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Username taken");
        p.setProperty("field", "username");
        return p;
    }

    @ExceptionHandler(InvalidAccount.class)
    ProblemDetail invalidAccount(InvalidAccount e) {
        return badRequest(e.getMessage(), e.field());
    }

    @ExceptionHandler(IllegalStatusTransition.class)
    ProblemDetail illegalTransition(IllegalStatusTransition e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Status change not allowed");
        p.setProperty("from", e.from().code());
        p.setProperty("to", e.to().code());
        p.setProperty("allowed", e.allowed().stream().map(ComplaintStatus::code).toList());
        return p;
    }

    @ExceptionHandler(IllegalMerge.class)
    ProblemDetail illegalMerge(IllegalMerge e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Merge not allowed");
        p.setProperty("problem", e.problem().code());
        p.setProperty("ticket", e.duplicate().toString());
        p.setProperty("target", e.target().toString());
        return p;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The complaint was changed by someone else meanwhile. Reload it and try again.");
        p.setTitle("Concurrent change");
        return p;
    }

    @ExceptionHandler(UnknownValue.class)
    ProblemDetail unknownValue(UnknownValue e) {
        return badRequest(e.getMessage(), e.field());
    }

    /** Domain rules on input that the request shape cannot express (e.g. a note is required). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        return badRequest(e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("parameter '" + e.getName() + "' has an invalid value", e.getName());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().reduce((a, b) -> a + ", " + b)
                .orElse("invalid input");
        return badRequest("Invalid parameter: " + detail, null);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. The error was logged.");
        p.setTitle("Internal error");
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request body: "
                + String.join(", ", errors.stream().map(x -> x.get("field") + " " + x.get("message")).toList()));
        p.setTitle("Invalid request");
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> problems = e.getParameterValidationResults().stream()
                .map(r -> r.getMethodParameter().getParameterName() + " " + r.getResolvableErrors().stream()
                        .map(x -> String.valueOf(x.getDefaultMessage())).findFirst().orElse("is invalid"))
                .toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid parameter: " + String.join(", ", problems));
        p.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String reason = cause.getMessage() == null ? "unreadable body" : cause.getMessage().lines().findFirst()
                .orElse("unreadable body");
        if (reason.length() > 200) {
            reason = reason.substring(0, 200) + "...";
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Malformed JSON request body: " + reason);
        p.setTitle("Malformed request");
        return ResponseEntity.badRequest().body(p);
    }

    private static ProblemDetail badRequest(String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid request");
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }
}
