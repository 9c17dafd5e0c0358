package dev.vigil.engine.advisory.store;

import dev.vigil.engine.source.InputException;

/**
 * The store's files fail their checksums or do not fit together: a flipped byte, a truncated copy, a
 * file from another store. Nothing read from such a store can be trusted, so the only advice is to
 * import again or restore a backup.
 */
public final class StoreDamagedException extends InputException {
    private static final long serialVersionUID = 1L;

    StoreDamagedException(java.nio.file.Path file, String what) {
        super("advisory store damaged: " + file + " " + what + "; re-import or restore");
    }
}
