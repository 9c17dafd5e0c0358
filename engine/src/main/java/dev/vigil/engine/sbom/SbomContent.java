package dev.vigil.engine.sbom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an SBOM's bytes come from: a file on disk or bytes already in memory (a resolver's). The readers
 * open it as many times as they need streams (sniffing, validation, mapping), so both behave the same.
 */
sealed interface SbomContent {

    /** The SBOM's name as the model states it: what every message names. */
    Path name();

    InputStream open() throws IOException;

    /** A file, opened anew for each pass so large documents are streamed, never held whole. */
    record OnDisk(Path name) implements SbomContent {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(name);
        }
    }

    /** Bytes held in memory under {@code name}; never changed after construction. */
    record InMemory(Path name, byte[] bytes) implements SbomContent {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
