package dev.vigil.engine.advisory.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files of a store directory. Each file is replaced whole and atomically, so a reader sees either
 * the old or the new version; the record data file is only appended to, and the index says how much of
 * it is valid, so an interrupted import leaves the previous store intact.
 *
 * <pre>
 * index.bin          the index ({@link IndexFile}); the store exists once this file exists
 * records-N.dat      deflated record blobs of data generation N (a compaction starts N+1)
 * kev.json           CISA KEV entries
 * epss.bin           EPSS scores ({@link EpssTable})
 * import.lock        held while an import runs
 * </pre>
 */
final class StoreFiles {
    private StoreFiles() {}

    static Path index(Path store) {
        return store.resolve("index.bin");
    }

    static Path data(Path store, int generation) {
        return store.resolve("records-" + generation + ".dat");
    }

    static Path kev(Path store) {
        return store.resolve("kev.json");
    }

    static Path epss(Path store) {
        return store.resolve("epss.bin");
    }

    static Path lock(Path store) {
        return store.resolve("import.lock");
    }

    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code $XDG_DATA_HOME/vigil/advisories}, else {@code ~/.local/share/vigil/advisories}. */
    static Path defaultDirectory(java.util.Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("vigil").resolve("advisories");
    }
}
