package dev.vigil.engine.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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

    /** {@link #writeAll} for binary files (PDF, XLSX). */
    public static List<Path> writeAllBytes(Map<Path, byte[]> files) throws IOException {
        List<Path> temps = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path parent = file.getKey().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Path temp = temp(file.getKey());
                temps.add(temp);
                Files.write(temp, file.getValue(), StandardOpenOption.CREATE_NEW);
            }
            List<Path> written = new ArrayList<>();
            int i = 0;
            for (Path target : files.keySet()) {
                move(temps.get(i++), target);
                written.add(target);
            }
            return written;
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
