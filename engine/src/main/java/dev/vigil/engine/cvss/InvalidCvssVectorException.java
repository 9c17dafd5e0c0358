package dev.vigil.engine.cvss;

import dev.vigil.engine.source.InputException;

/** A vector that is not valid CVSS v3.0, v3.1 or v4.0; the message is the precise reason. */
public final class InvalidCvssVectorException extends InputException {
    private static final long serialVersionUID = 1L;

    private final String vector;

    InvalidCvssVectorException(String vector, String reason) {
        super(reason);
        this.vector = vector;
    }

    /** The vector exactly as given. */
    public String vector() {
        return vector;
    }

    /** Why the vector is invalid, e.g. {@code missing mandatory metric AV}. */
    public String reason() {
        return getMessage();
    }
}
