package dev.vigil.engine.vex;

import dev.vigil.engine.source.InputException;

/** A VEX file that cannot be read; the message is one line naming the file and the place in it. */
public final class VexException extends InputException {
    private static final long serialVersionUID = 1L;

    public VexException(String message) {
        super(message);
    }
}
