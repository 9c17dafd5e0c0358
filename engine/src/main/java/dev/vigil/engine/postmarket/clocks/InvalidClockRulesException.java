package dev.vigil.engine.postmarket.clocks;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.util.List;
import java.util.stream.Collectors;

/** A clock rule file that does not hold; one line per problem. */
public final class InvalidClockRulesException extends InputException {
    private static final long serialVersionUID = 1L;

    public InvalidClockRulesException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")), diagnostics, null);
    }
}
