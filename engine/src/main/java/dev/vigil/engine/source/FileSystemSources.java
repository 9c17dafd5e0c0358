package dev.vigil.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Sources read from the file system, bounded before they are read so a device or pipe cannot flood memory.
 * Confined to a folder (the model's, see {@link SourceResolver#fileSystemWithin}), a name outside it, by
 * {@code ..}, an absolute path or a symbolic link, is refused before anything is read: a model from a
 * colleague or a repository cannot make Vigil read (and report on) {@code ~/.ssh} or {@code /etc}. Without a
 * folder, as kustomize's load restrictor lifted, every path is read.
 */
final class FileSystemSources implements SourceResolver {

    static final FileSystemSources INSTANCE = new FileSystemSources(null);

    /** The folder names must stay in, absolute and normalised; null when unconfined. */
    private final Path root;

    private FileSystemSources(Path root) {
        this.root = root;
    }

    static FileSystemSources within(Path folder) {
        return new FileSystemSources(folder.toAbsolutePath().normalize());
    }

    /** Refuses a name outside the folder, following symbolic links where the file exists. */
    private void confine(Path file) throws SourceException {
        if (root == null) {
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        boolean inside = absolute.startsWith(root);
        if (inside && Files.exists(absolute)) {
            try {
                inside = absolute.toRealPath().startsWith(root.toRealPath());
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw SourceReader.fail(
                    Location.ofFile(file),
                    "outside-model-folder",
                    "is outside the model's folder " + root
                            + "; a model names files within its folder (--allow-outside-paths lifts this)");
        }
    }

    @Override
    public byte[] read(Path file, long maxBytes) throws SourceException {
        Location whole = Location.ofFile(file);
        confine(file);
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
        try {
            confine(name);
        } catch (SourceException outside) {
            return false;
        }
        return Files.isRegularFile(name);
    }

    @Override
    public boolean outside(Path name) {
        try {
            confine(name);
            return false;
        } catch (SourceException outside) {
            return true;
        }
    }

    @Override
    public Optional<Path> localFile(Path name) {
        try {
            confine(name);
        } catch (SourceException outside) {
            return Optional.empty(); // read(...) then says why
        }
        return Optional.of(name);
    }
}
