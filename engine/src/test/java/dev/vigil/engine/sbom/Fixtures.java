package dev.vigil.engine.sbom;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small SBOMs under src/test/resources/sbom (see the README there). */
final class Fixtures {
    private Fixtures() {}

    static Path sbom(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/sbom/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture sbom/" + name, e);
        }
    }
}
