package dev.vigil.server.products;

import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A release's files for one engine call: read from memory through the engine's in-memory resolver. The
 * engine's SBOM readers still need a file (SbomReader refuses SBOMs held only in memory), so a file asked
 * for as a local file is written once into a private temporary folder, removed when the call ends.
 */
final class ReleaseSources implements SourceResolver, AutoCloseable {

    private final SourceResolver memory;
    private final Map<String, String> files;
    private final Path spillRoot;
    private final Map<Path, Path> spilled = new HashMap<>();
    private Path spillDir;

    ReleaseSources(Map<String, String> files, Path spillRoot) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        this.memory = SourceResolver.inMemory(bytes);
        this.files = Map.copyOf(files);
        this.spillRoot = spillRoot;
    }

    @Override
    public byte[] read(Path name, long maxBytes) throws SourceException {
        return memory.read(name, maxBytes);
    }

    @Override
    public boolean exists(Path name) {
        return memory.exists(name);
    }

    @Override
    public synchronized Optional<Path> localFile(Path name) {
        if (!memory.exists(name)) {
            return Optional.empty();
        }
        Path key = name.normalize();
        Path done = spilled.get(key);
        if (done != null) {
            return Optional.of(done);
        }
        try {
            if (spillDir == null) {
                spillDir = Files.createTempDirectory(Files.createDirectories(spillRoot), "release-");
            }
            // Only the file name is kept, under a numbered folder: no name from an upload picks a path.
            Path folder = Files.createDirectory(spillDir.resolve(Integer.toString(spilled.size())));
            Path file = folder.resolve(key.getFileName().toString());
            Files.writeString(file, files.getOrDefault(key.toString(), textOf(key)), StandardCharsets.UTF_8);
            spilled.put(key, file);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary copy of " + name, e);
        }
    }

    private String textOf(Path key) {
        return files.entrySet().stream()
                .filter(e -> Path.of(e.getKey()).normalize().equals(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public synchronized void close() {
        if (spillDir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(spillDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + spillDir, e);
        }
    }
}
