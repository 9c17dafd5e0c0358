package dev.vigil.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Sources read from the file system, bounded before they are read so a device or pipe cannot flood memory. */
final class FileSystemSources implements SourceResolver {

    static final FileSystemSources INSTANCE = new FileSystemSources();

    private FileSystemSources() {}

    @Override
    public byte[] read(Path file, long maxBytes) throws SourceException {
        Location whole = Location.ofFile(file);
        if (Files.isDirectory(file)) {
            throw SourceReader.fail(whole, "not-a-file", "is a directory, not a model file");
        }
        try {
            if (!Files.exists(file)) {
                throw SourceReader.fail(whole, "file-not-found", "file not found");
            }
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw SourceReader.fail(whole, "file-too-large", SourceReader.tooLarge(Files.size(file), maxBytes));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Special files (pipes, /dev/zero) have no size up front: read one byte past the limit.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw SourceReader.fail(whole, "file-too-large", SourceReader.tooLarge(bytes.length, maxBytes));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw SourceReader.fail(whole, "file-not-found", "file not found");
        } catch (AccessDeniedException e) {
            throw SourceReader.fail(whole, "file-unreadable", "cannot read the file: permission denied");
        } catch (IOException e) {
            throw SourceReader.fail(whole, "file-unreadable", "cannot read the file: " + e.getMessage());
        }
    }

    @Override
    public boolean exists(Path name) {
        return Files.isRegularFile(name);
    }

    @Override
    public Optional<Path> localFile(Path name) {
        return Optional.of(name);
    }
}
