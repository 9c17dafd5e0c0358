package dev.vigil.engine.load;

import dev.vigil.engine.source.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** A model that did not load; the message lists each problem on its own line. */
public final class InvalidModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InvalidModelException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
