package dev.vigil.engine.source;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in an input file, with a stable machine-readable code. */
public record Diagnostic(Location location, Severity severity, String code, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::location).thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(message, "message == null");
    }

    public static Diagnostic error(Location location, String code, String message) {
        return new Diagnostic(location, Severity.ERROR, code, message);
    }

    public static Diagnostic warning(Location location, String code, String message) {
        return new Diagnostic(location, Severity.WARNING, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column: message}; warnings say so. */
    @Override
    public String toString() {
        return location + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }

    /** How bad a diagnostic is: errors make an input invalid, warnings do not. */
    public enum Severity {
        ERROR,
        WARNING;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
