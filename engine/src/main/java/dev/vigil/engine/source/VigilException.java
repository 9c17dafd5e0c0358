package dev.vigil.engine.source;

/**
 * Every failure the engine reports on purpose is one of two kinds: input the user can fix
 * ({@link InputException}, exit code 2 on the command line, a 4xx problem detail on the server), or a fault
 * of Vigil itself ({@link InternalException}, exit code 3, a 500).
 */
public abstract sealed class VigilException extends RuntimeException permits InputException, InternalException {
    private static final long serialVersionUID = 1L;

    VigilException(String message, Throwable cause) {
        super(message, cause);
    }
}
