package dev.vigil.engine.advisory;

/** Receives what the feed readers find; {@code where} names the file (and zip entry, and position). */
interface FeedSink {
    void advisory(String where, Advisory advisory);

    void knownExploited(String where, KnownExploited entry);

    /** {@code scoreDate} is the EPSS header's score date (ISO date) or null when the file has none. */
    void epss(String where, EpssScore score, String scoreDate);

    /** An advisory record that could not be read; the rest of its document still imports. */
    void rejected(String where, String reason);

    /** A file, archive entry or non-advisory row that was not read. */
    void skipped(String where, String reason);
}
