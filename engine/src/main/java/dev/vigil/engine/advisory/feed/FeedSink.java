package dev.vigil.engine.advisory.feed;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;

/** Receives what the feed readers find; {@code where} names the file (and zip entry, and position). */
public interface FeedSink {
    void advisory(String where, Advisory advisory);

    void knownExploited(String where, KnownExploited entry);

    /** {@code scoreDate} is the EPSS header's score date (ISO date) or null when the file has none. */
    void epss(String where, EpssScore score, String scoreDate);

    /** An advisory record that could not be read; the rest of its document still imports. */
    void rejected(String where, String reason);

    /**
     * A file or archive entry that could not be read whole (truncated, corrupt, of the wrong shape):
     * nothing from it counts, and the import reports it as failed.
     */
    void skipped(String where, String reason);

    /** A row or item of a readable file that was not taken (a bad EPSS row, a KEV entry without id). */
    void problem(String where, String reason);
}
