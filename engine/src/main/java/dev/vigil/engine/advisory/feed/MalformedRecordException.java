package dev.vigil.engine.advisory.feed;

import dev.vigil.engine.source.InputException;

/** A record that cannot be read; the message says what is wrong so the user can find it. */
final class MalformedRecordException extends InputException {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String message) {
        super(message);
    }
}
