package dev.vigil.engine.advisory.store;

import java.util.Map;

/**
 * Counts over a store.
 *
 * @param records live records (each source's newest revision), withdrawn ones included
 * @param withdrawn records flagged withdrawn or rejected, which never match
 * @param bySource records per {@link AdvisorySource}
 * @param byEcosystem OSV records per ecosystem (a record naming two ecosystems counts in both)
 * @param vulnerabilities distinct vulnerabilities among OSV and NVD records once aliases are joined
 * @param cves distinct CVE ids the store knows from any source
 * @param epssScoreDate the score date of the EPSS table, or null
 * @param newestBySource per source, the newest record's modification date (ISO), so a scan can say how old
 *     the data it judged by is; empty for stores imported before it was recorded
 */
public record StoreStats(
        long records,
        long withdrawn,
        Map<String, Long> bySource,
        Map<String, Long> byEcosystem,
        long vulnerabilities,
        long cves,
        long knownExploited,
        long epssScores,
        String epssScoreDate,
        Map<String, String> newestBySource) {

    public StoreStats {
        bySource = Map.copyOf(bySource == null ? Map.of() : bySource);
        newestBySource = Map.copyOf(newestBySource == null ? Map.of() : newestBySource);
        byEcosystem = Map.copyOf(byEcosystem == null ? Map.of() : byEcosystem);
    }

    static final StoreStats EMPTY = new StoreStats(0, 0, Map.of(), Map.of(), 0, 0, 0, 0, null, Map.of());

    StoreStats withSignals(long kev, long epss, String scoreDate) {
        return new StoreStats(
                records, withdrawn, bySource, byEcosystem, vulnerabilities, cves, kev, epss, scoreDate, newestBySource);
    }
}
