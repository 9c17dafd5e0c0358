package dev.vigil.engine.source;

import java.util.List;

/**
 * Input the user can fix: a file, an option or a record that is not what Vigil accepts. It carries the
 * diagnostics ({@code file:line:column: message}) when the problem has a place in a file, and otherwise
 * its message alone. Feature packages subclass it so callers can still tell kinds apart.
 */
public non-sealed class InputException extends VigilException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    /** A problem without a place in a file (an option, a value given on the command line). */
    public InputException(String message) {
        this(message, List.of(), null);
    }

    public InputException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    /** Problems placed in files; the message is the first of them. */
    public InputException(List<Diagnostic> diagnostics) {
        this(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).toString(), diagnostics, null);
    }

    protected InputException(String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The placed problems; empty when the message says it all. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** One line per problem, as a command prints them. */
    public List<String> lines() {
        if (!diagnostics.isEmpty()) {
            return diagnostics.stream().map(Diagnostic::toString).toList();
        }
        String message = getMessage() == null ? "invalid input" : getMessage();
        return message.lines().findFirst().map(List::of).orElse(List.of("invalid input"));
    }
}
