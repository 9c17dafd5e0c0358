package dev.vigil.engine.postmarket.casefile;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.util.List;
import java.util.stream.Collectors;

/** A case file that did not load, or that does not fit its model; one line per problem. */
public final class InvalidCaseException extends InputException {
    private static final long serialVersionUID = 1L;

    public InvalidCaseException(List<Diagnostic> diagnostics) {
        super(
                diagnostics.stream().sorted().map(Diagnostic::toString).collect(Collectors.joining("\n")),
                diagnostics.stream().sorted().toList(),
                null);
    }
}
