package dev.vigil.engine.advisory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the advisory test data lives: bundled resources, and the shared corpus when present. */
final class TestData {
    private TestData() {}

    static Path resource(String path) {
        try {
            return Path.of(TestData.class.getResource("/advisory/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource advisory/" + path, e);
        }
    }

    /** {@code ../shared/data} next to the repository (the folder with {@code .git}), if it exists. */
    static Optional<Path> sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".git"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path shared = dir.getParent().resolve("shared").resolve("data");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    static Path copy(Path source, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(source, dir.resolve(name));
    }
}
