package dev.vigil.engine.advisory.store;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one import did. For advisory records {@code read = imported + replaced + unchanged + outdated +
 * malformed}; {@code skips} lists every skipped record or file with its reason (outdated revisions
 * included), up to {@link #MAX_LISTED} entries.
 *
 * @param outdated records older than the stored revision of the same id, ignored
 * @param problems files or records that were skipped, including outdated revisions
 * @param failedFiles files (or documents inside an archive) that could not be read whole: truncated,
 *     corrupt, of the wrong shape or refused. Nothing from such a file is imported (an archive or a
 *     streamed feed counts as one file); a caller reports the import as failed when this is not empty
 * @param changedRecords store keys ({@code source/id}) of the records this import added or replaced, in
 *     import order; unchanged and outdated records are not listed
 * @param changedKeys the index keys of those records ({@code pkg:}, {@code cpe:}, {@code csaf:},
 *     {@code model:}/{@code sku:}/{@code serial:} and {@code id:}); for a replaced record the keys of
 *     both revisions, because a revision that drops a package changes what that package matches. Only
 *     lookups under these keys can answer differently after the import, which is what lets a portfolio
 *     re-check just the components that carry them. KEV and EPSS updates are not advisory records and
 *     are not listed here.
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
        List<Skip> failedFiles,
        Duration elapsed,
        List<String> changedRecords,
        Set<String> changedKeys) {

    public static final int MAX_LISTED = 1000;

    public ImportSummary {
        skips = List.copyOf(skips);
        failedFiles = List.copyOf(failedFiles);
        changedRecords = List.copyOf(changedRecords);
        changedKeys = Collections.unmodifiableSet(new LinkedHashSet<>(changedKeys));
    }

    /** One skipped file, zip entry or record: where (file, {@code !entry}, {@code #position}) and why. */
    public record Skip(String where, String reason) {}
}
