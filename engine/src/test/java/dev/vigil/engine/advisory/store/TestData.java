package dev.vigil.engine.advisory.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    static Path copy(Path source, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(source, dir.resolve(name));
    }
}
