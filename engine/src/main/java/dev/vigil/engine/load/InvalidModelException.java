package dev.vigil.engine.load;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.util.List;
import java.util.stream.Collectors;

/** A model that did not load; the message lists each problem on its own line. */
public final class InvalidModelException extends InputException {
    private static final long serialVersionUID = 1L;

    public InvalidModelException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")), diagnostics, null);
    }
}
