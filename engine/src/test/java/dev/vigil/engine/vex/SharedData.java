package dev.vigil.engine.vex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The public test data in {@code ../shared/data} next to the repository, when a developer has it;
 * a clone without it skips the corpus tests.
 */
final class SharedData {
    private SharedData() {}

    /** {@code ../shared/data/<folder>} relative to the repository root, if present. */
    static Optional<Path> folder(String folder) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".git"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path data = dir.getParent().resolve("shared").resolve("data").resolve(folder);
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }
}
