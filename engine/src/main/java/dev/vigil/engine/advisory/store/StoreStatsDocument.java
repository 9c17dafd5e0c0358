package dev.vigil.engine.advisory.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code vigil advisories stats --format json}: the store's counts, sources and ecosystems sorted, and the age
 * of its EPSS scores ({@code epssAgeDays} null without a dated table). Written by {@link
 * dev.vigil.engine.render.JsonDocuments}.
 */
public record StoreStatsDocument(
        String store,
        long records,
        long withdrawn,
        long vulnerabilities,
        long cves,
        Map<String, Long> bySource,
        Map<String, Long> byEcosystem,
        long knownExploited,
        long epssScores,
        String epssScoreDate,
        Long epssAgeDays,
        boolean epssStale) {

    /** {@code epssAgeDays}: days since the EPSS score date, negative when unknown; stale past {@code staleDays}. */
    public static StoreStatsDocument of(Path directory, StoreStats stats, long epssAgeDays, long staleDays) {
        return new StoreStatsDocument(
                directory.toString(),
                stats.records(),
                stats.withdrawn(),
                stats.vulnerabilities(),
                stats.cves(),
                new TreeMap<>(stats.bySource()),
                new TreeMap<>(stats.byEcosystem()),
                stats.knownExploited(),
                stats.epssScores(),
                stats.epssScoreDate(),
                epssAgeDays < 0 ? null : epssAgeDays,
                epssAgeDays > staleDays);
    }
}
