package dev.vigil.engine.risk;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.util.List;

/** A risk matrix file that cannot be used; every problem is listed with its file, line and column. */
public final class InvalidRiskMatrixException extends InputException {
    private static final long serialVersionUID = 1L;

    InvalidRiskMatrixException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }
}
