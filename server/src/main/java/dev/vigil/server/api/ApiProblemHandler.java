package dev.vigil.server.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api/v1} as {@code application/problem+json}, never an HTML page or a stack trace.
 * What no handler expects (a bug, or an {@link Error} such as running out of memory or stack) is a 500
 * problem whose detail names an incident id; the trace goes to the server log under that id only.
 */
@RestControllerAdvice(
        basePackages = "dev.vigil.server",
        annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(problem.title());
        if (!problem.errors().isEmpty()) {
            body.setProperty("errors", problem.errors());
        }
        return ResponseEntity.status(problem.status()).body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        body.setTitle("Forbidden");
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    /**
     * The last line of defence (issue 11, class 3). Spring hands an {@link Error} over wrapped in a {@code
     * ServletException}; either way the caller learns only that it failed and under which id it was logged.
     */
    @ExceptionHandler(Throwable.class)
    ResponseEntity<ProblemDetail> internal(Throwable failure) {
        Throwable cause = failure instanceof jakarta.servlet.ServletException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        String incident = java.util.UUID.randomUUID().toString();
        LOG.error("internal error, incident " + incident, cause);
        String what = cause instanceof OutOfMemoryError
                ? "the server ran out of memory for this request"
                : cause instanceof StackOverflowError
                        ? "the request nested too deeply for the server"
                        : "the server failed on this request";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, what + "; incident " + incident + " in the server log");
        body.setTitle("Internal error");
        body.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiProblemHandler.class);
}
