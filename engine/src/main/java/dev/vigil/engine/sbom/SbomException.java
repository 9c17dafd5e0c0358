package dev.vigil.engine.sbom;

import dev.vigil.engine.source.InputException;
import java.nio.file.Path;

/**
 * An SBOM that cannot be imported. The message is one line that names the file, and the location
 * where it is known, so a command can print it as it is.
 */
public final class SbomException extends InputException {
    private static final long serialVersionUID = 1L;

    SbomException(Path file, String problem) {
        super(file + ": " + firstLine(problem));
    }

    /** A problem at a line (and column) of the file: {@code file:line:column: problem}. */
    SbomException(Path file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + firstLine(problem));
    }

    SbomException(Path file, String problem, Throwable cause) {
        super(file + ": " + firstLine(problem), cause);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unreadable";
        }
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
