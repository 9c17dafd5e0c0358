package dev.vigil.engine.version;

import dev.vigil.engine.source.InputException;

/** A range that cannot be evaluated: bad syntax, an unsupported scheme, or an unparsable bound. */
public final class InvalidRangeException extends InputException {
    private static final long serialVersionUID = 1L;

    InvalidRangeException(String message) {
        super(message);
    }

    InvalidRangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
