package dev.vigil.engine.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes output files so that a failure (full disk, no permission) leaves what was there before: each
 * file goes to a temporary sibling first, and only when every file of a set is written are they moved
 * into place. A rename needs no space, so a set is the old one or the new one, never a mix.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes one file atomically. */
    public static Path write(Path target, String content) throws IOException {
        return writeAll(Map.of(target, content)).get(0);
    }

    /** Writes every file (in the map's order) to a temporary sibling, then moves them all into place. */
    public static List<Path> writeAll(Map<Path, String> files) throws IOException {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return writeAllBytes(bytes);
    }

    /**
     * {@link #writeAll} for binary files (PDF, XLSX). A target that exists and is not a regular file (a
     * device such as {@code /dev/stdout} or {@code /dev/full}, a named pipe) cannot be replaced, and must not
     * be: moving a file over it would swap the device node for a regular file, for every user of the
     * machine. Such a target is written straight into, after every other file of the set is written and
     * before any is moved, so its failure still leaves the previous set. A symbolic link to a file keeps
     * being a link: the file it names is replaced. A directory is refused.
     */
    public static List<Path> writeAllBytes(Map<Path, byte[]> files) throws IOException {
        List<Path> temps = new ArrayList<>();
        Map<Path, Path> moves = new LinkedHashMap<>();
        Map<Path, byte[]> streams = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey();
                if (Files.isDirectory(target)) {
                    throw new FileSystemException(target.toString(), null, "is a directory, not a file");
                }
                if (Files.exists(target) && !Files.isRegularFile(target)) {
                    streams.put(target, file.getValue());
                    continue;
                }
                Path replaced = Files.isSymbolicLink(target) ? target.toRealPath() : target;
                Path parent = replaced.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Path temp = temp(replaced);
                temps.add(temp);
                Files.write(temp, file.getValue(), StandardOpenOption.CREATE_NEW);
                moves.put(temp, replaced);
            }
            for (Map.Entry<Path, byte[]> stream : streams.entrySet()) {
                try (OutputStream out = Files.newOutputStream(stream.getKey(), StandardOpenOption.WRITE)) {
                    out.write(stream.getValue());
                }
            }
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                move(move.getKey(), move.getValue());
            }
            return List.copyOf(files.keySet());
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A sibling, so the move stays on one file system; not createTempFile, whose owner-only permissions
     * would carry over to a report meant to be shared.
     */
    private static Path temp(Path target) {
        return target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
