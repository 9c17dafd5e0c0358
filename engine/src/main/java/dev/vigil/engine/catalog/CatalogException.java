package dev.vigil.engine.catalog;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.util.List;

/** The catalog files are inconsistent, or an id asked for does not exist. Lists every problem found. */
public final class CatalogException extends InputException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Authoring problems placed in catalog files, one {@code file:line:column: message} each. */
    static CatalogException of(List<Diagnostic> diagnostics) {
        return new CatalogException(diagnostics, null);
    }

    private CatalogException(List<Diagnostic> diagnostics, Throwable cause) {
        super(
                diagnostics.stream().map(Diagnostic::toString).collect(java.util.stream.Collectors.joining("\n")),
                diagnostics,
                cause);
        this.problems = diagnostics.stream().map(Diagnostic::toString).toList();
    }

    public List<String> problems() {
        return problems;
    }
}
