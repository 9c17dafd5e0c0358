package dev.vigil.engine.source;

/**
 * A fault of Vigil, not of its input: a state the engine should never reach. Reported as such (exit code 3)
 * so that a bug is never passed off as a problem in the user's files.
 */
public non-sealed class InternalException extends VigilException {
    private static final long serialVersionUID = 1L;

    public InternalException(String message, Throwable cause) {
        super(message, cause);
    }

    public InternalException(String message) {
        super(message, null);
    }
}
