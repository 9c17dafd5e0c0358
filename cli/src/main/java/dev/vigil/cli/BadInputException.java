package dev.vigil.cli;

import dev.vigil.engine.source.InputException;

/** Input the user can fix, found by a command (an option, a file argument): one line, exit code 2. */
final class BadInputException extends InputException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
