package dev.vigil.server.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of {@code /api/v1} as {@code application/problem+json}, never an HTML page or a stack trace. */
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
}
