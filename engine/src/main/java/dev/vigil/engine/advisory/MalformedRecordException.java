package dev.vigil.engine.advisory;

/** A record that cannot be read; the message says what is wrong so the user can find it. */
final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String message) {
        super(message);
    }
}
