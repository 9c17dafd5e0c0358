package dev.vigil.server.api;

import dev.vigil.engine.source.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as RFC 9457 problem details: the status, a one-line detail and,
 * for a bad model, one entry per diagnostic in {@code errors}.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String title;
    private final transient List<Map<String, Object>> errors;

    public ApiProblem(HttpStatus status, String title, String detail, List<Map<String, Object>> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " does not exist");
    }

    /**
     * 422 with one entry per error diagnostic ({@code file, line, column, code, message}): the shape every
     * refused model or case upload answers with.
     */
    public static ApiProblem invalid(String title, String detail, List<Diagnostic> diagnostics) {
        List<Map<String, Object>> errors = diagnostics.stream()
                .filter(Diagnostic::isError)
                .map(d -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put(
                            "file",
                            d.location().file() == null
                                    ? null
                                    : d.location().file().toString());
                    e.put("line", d.location().line());
                    e.put("column", d.location().column());
                    e.put("code", d.code());
                    e.put("message", d.message());
                    return e;
                })
                .toList();
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, title, detail, errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
