package dev.vigil.engine.source;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sources held in memory by relative name; nothing outside the map is ever read. */
final class InMemorySources implements SourceResolver {

    private final Map<Path, byte[]> sources = new HashMap<>();

    InMemorySources(Map<String, byte[]> sources) {
        sources.forEach((name, bytes) -> key(Path.of(name)).ifPresent(k -> this.sources.put(k, bytes.clone())));
    }

    @Override
    public byte[] read(Path name, long maxBytes) throws SourceException {
        Location whole = Location.ofFile(name);
        byte[] bytes = key(name).map(sources::get).orElse(null);
        if (bytes == null) {
            throw SourceReader.fail(whole, "file-not-found", "file not found");
        }
        if (bytes.length > maxBytes) {
            throw SourceReader.fail(whole, "file-too-large", SourceReader.tooLarge(bytes.length, maxBytes));
        }
        return bytes.clone();
    }

    @Override
    public boolean exists(Path name) {
        return key(name).map(sources::containsKey).orElse(false);
    }

    @Override
    public boolean outside(Path name) {
        return key(name).isEmpty();
    }

    @Override
    public Optional<Path> localFile(Path name) {
        return Optional.empty();
    }

    /** The normalised relative name, or empty for a name that is absolute or climbs out of the root. */
    private static Optional<Path> key(Path name) {
        Path normal = name.normalize();
        if (normal.isAbsolute() || normal.startsWith("..") || normal.toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(normal);
    }
}
