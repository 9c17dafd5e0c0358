package dev.vigil.engine.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files a model names come from: its {@code include:} files and its components' {@code sbom:}
 * files. Names are paths as the model states them, resolved against the naming file's folder by the
 * loader; a resolver only answers for a name it is given. The CLI reads the file system; the server hands
 * over what its database holds, so it never needs temporary files.
 */
public interface SourceResolver {

    /**
     * The bytes of the source {@code name}, at most {@code maxBytes} of them.
     *
     * @throws SourceException with code {@code file-not-found}, {@code not-a-file}, {@code file-unreadable}
     *     or {@code file-too-large}, located at the start of {@code name}
     */
    byte[] read(Path name, long maxBytes) throws SourceException;

    /** Whether {@code name} names a readable source (not a folder). */
    boolean exists(Path name);

    /**
     * Whether {@code name} leaves the folder this resolver is confined to (and so is never read, nor its
     * existence told): a caller can then say why a name is refused rather than call it missing.
     */
    default boolean outside(Path name) {
        return false;
    }

    /**
     * The file on disk behind {@code name}, so a large SBOM can be streamed from disk rather than read
     * whole and a source has one identity however it is named; empty when the source is held in memory.
     */
    Optional<Path> localFile(Path name);

    /**
     * The name of a source that the source {@code from} refers to by {@code reference} (an include, an
     * SBOM): relative references are taken from {@code from}'s folder.
     */
    static Path sibling(Path from, String reference) {
        Path parent = from == null ? null : from.getParent();
        return (parent == null ? Path.of(reference) : parent.resolve(reference)).normalize();
    }

    /** Sources are files, relative names resolved against the working directory; any path is read. */
    static SourceResolver fileSystem() {
        return FileSystemSources.INSTANCE;
    }

    /**
     * Sources are files within {@code folder} (a model's): a name that leaves it, by {@code ..}, an absolute
     * path or a symbolic link, fails with code {@code outside-model-folder} and is never read.
     */
    static SourceResolver fileSystemWithin(Path folder) {
        return FileSystemSources.within(folder);
    }

    /**
     * Sources held in memory: relative name (such as {@code model.yaml} or {@code parts/zones.yaml}) to
     * bytes. A name that leaves the root ({@code ../x}) or is absolute is never found.
     */
    static SourceResolver inMemory(Map<String, byte[]> sources) {
        return new InMemorySources(sources);
    }
}
