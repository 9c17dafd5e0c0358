package dev.vigil.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The public test corpus beside the repository ({@code ../shared/data}), found by walking up from the
 * module to the folder that has {@code .git}. Corpus tests run where it exists (CI has it) and are
 * skipped, saying so, on a clone without it.
 */
public final class SharedData {
    private SharedData() {}

    /** {@code ../shared/data}, if present. */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".git"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path data = dir.getParent().resolve("shared").resolve("data");
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }

    /** {@code ../shared/data/<folder>}, if present. */
    public static Optional<Path> folder(String folder) {
        return root().map(r -> r.resolve(folder)).filter(Files::isDirectory);
    }

    /** The folder under the corpus; skips the calling test, printing the reason, when it is absent. */
    public static Path require(String folder) {
        Optional<Path> found = folder(folder);
        String reason = "skipped: ../shared/data/" + folder + " not found beside the repository";
        if (found.isEmpty()) {
            System.out.println(reason);
        }
        Assumptions.assumeTrue(found.isPresent(), reason);
        return found.orElseThrow();
    }
}
