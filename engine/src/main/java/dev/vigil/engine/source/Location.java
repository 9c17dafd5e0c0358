package dev.vigil.engine.source;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file. Lines and columns count from 1; a problem with the file as a whole (missing,
 * unreadable, too large) is placed at its start, so every diagnostic reads {@code file:line:column}.
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(
                    (Location l) -> l.file().toString())
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file == null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be >= 1, got " + line + ":" + column);
        }
    }

    /** The file as a whole: its first line and column. */
    public static Location ofFile(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
