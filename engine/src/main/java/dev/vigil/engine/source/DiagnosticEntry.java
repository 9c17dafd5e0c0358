package dev.vigil.engine.source;

/**
 * One diagnostic as a JSON object ({@code vigil validate --format json} writes a list of them): where, how
 * severe, the stable code and the message.
 */
public record DiagnosticEntry(String file, int line, int column, String severity, String code, String message) {

    public static DiagnosticEntry of(Diagnostic d) {
        return new DiagnosticEntry(
                d.location().file().toString(),
                d.location().line(),
                d.location().column(),
                d.severity().wire(),
                d.code(),
                d.message());
    }
}
