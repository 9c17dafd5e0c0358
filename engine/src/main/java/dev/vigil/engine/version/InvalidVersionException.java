package dev.vigil.engine.version;

import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.TerminalText;

/** A version string that a scheme cannot parse; the message says which scheme and why. */
public final class InvalidVersionException extends InputException {
    private static final long serialVersionUID = 1L;

    private final String version;

    InvalidVersionException(String scheme, String version, String reason) {
        super("not a valid " + scheme + " version: '" + TerminalText.quote(version) + "' (" + reason + ")");
        this.version = version;
    }

    /** The text that failed to parse. */
    public String version() {
        return version;
    }
}
