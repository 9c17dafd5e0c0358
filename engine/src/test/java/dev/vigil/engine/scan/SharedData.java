package dev.vigil.engine.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The public test corpus beside the repository ({@code ../shared/data}), found by walking up from the
 * module to the folder that has {@code .git}. Corpus tests are skipped, saying so, on a clone without it.
 */
final class SharedData {
    private SharedData() {}

    static Optional<Path> root() {
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

    /** The folder under the corpus; skips the calling test (with the reason) when it is absent. */
    static Path require(String folder) {
        Optional<Path> root = root();
        boolean present = root.isPresent() && Files.isDirectory(root.get().resolve(folder));
        String reason = "skipped: ../shared/data/" + folder + " not found beside the repository";
        if (!present) {
            System.out.println(reason);
        }
        Assumptions.assumeTrue(present, reason);
        return root.get().resolve(folder);
    }
}
