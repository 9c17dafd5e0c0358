package dev.vigil.engine.vex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The VEX files in {@code src/test/resources/vex} and small documents written inline. */
final class Fixtures {
    private Fixtures() {}

    static final Path DIR = Path.of("src/test/resources/vex");

    static VexDocument read(String name) throws VexException {
        return VexReader.read(DIR.resolve(name));
    }

    static VexDocument parse(String json) throws VexException {
        return VexReader.read("inline.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
