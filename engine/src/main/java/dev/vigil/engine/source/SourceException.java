package dev.vigil.engine.source;

/** An input that cannot be read at all (missing, too large, not text, not YAML/JSON). */
public final class SourceException extends InputException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    public SourceException(Diagnostic diagnostic) {
        super(diagnostic.toString(), java.util.List.of(diagnostic), null);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
