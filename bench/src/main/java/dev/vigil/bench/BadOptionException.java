package dev.vigil.bench;

import dev.vigil.engine.source.InputException;

/** An option a benchmark cannot use (a negative count): one line, exit code 2, as in every vigil command. */
final class BadOptionException extends InputException {
    private static final long serialVersionUID = 1L;

    BadOptionException(String message) {
        super(message);
    }
}
