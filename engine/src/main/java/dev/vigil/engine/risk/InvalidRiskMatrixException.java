package dev.vigil.engine.risk;

import dev.vigil.engine.source.Diagnostic;
import java.util.List;

/** A risk matrix file that cannot be used; every problem is listed with its file, line and column. */
public final class InvalidRiskMatrixException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    InvalidRiskMatrixException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid risk matrix" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
