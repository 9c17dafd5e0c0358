package dev.vigil.engine.advisory;

import java.time.Duration;
import java.util.List;

/**
 * What one import did. For advisory records {@code read = imported + replaced + unchanged + outdated +
 * malformed}; {@code skips} lists every skipped record or file with its reason (outdated revisions
 * included), up to {@link #MAX_LISTED} entries.
 *
 * @param outdated records older than the stored revision of the same id, ignored
 * @param problems files or records that were skipped, including outdated revisions
 */
public record ImportSummary(
        long read,
        long imported,
        long replaced,
        long unchanged,
        long outdated,
        long malformed,
        long kevRead,
        long kevAdded,
        long kevUpdated,
        long epssRead,
        String epssOutcome,
        long problems,
        List<Skip> skips,
        Duration elapsed) {

    public static final int MAX_LISTED = 1000;

    public ImportSummary {
        skips = List.copyOf(skips);
    }

    /** One skipped file, zip entry or record: where (file, {@code !entry}, {@code #position}) and why. */
    public record Skip(String where, String reason) {}
}
