package dev.vigil.cli;

import dev.vigil.engine.advisory.store.Advisories;
import dev.vigil.engine.advisory.store.StoreStats;
import dev.vigil.engine.advisory.store.StoreStatsDocument;
import dev.vigil.engine.render.JsonDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil advisories stats [--store DIR] [--format text|json]}. */
@Command(
        name = "stats",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil advisories stats", "  vigil advisories stats --format json --store advisories"},
        mixinStandardHelpOptions = true,
        description = "Counts per source and ecosystem, known-exploited and EPSS entries of the store.")
final class AdvisoriesStatsCommand implements Runnable {
    enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public void run() {
        Path directory = store.directory();
        StoreStats stats = Advisories.stats(store.given());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(directory, stats));
        } else {
            text(out, directory, stats);
        }
        out.flush();
    }

    private static String json(Path directory, StoreStats stats) {
        return JsonDocuments.write(StoreStatsDocument.of(directory, stats, epssAgeDays(stats), STALE_EPSS_DAYS));
    }

    private static void text(PrintWriter out, Path directory, StoreStats stats) {
        out.printf("Advisory store: %s%n", directory);
        out.printf("records:          %d (%d withdrawn)%n", stats.records(), stats.withdrawn());
        out.printf(
                "vulnerabilities:  %d OSV/NVD groups after joining aliases, %d CVE ids%n",
                stats.vulnerabilities(), stats.cves());
        out.println("by source:");
        new TreeMap<>(stats.bySource()).forEach((source, count) -> out.printf("  %-16s %d%n", source, count));
        out.println("by ecosystem (OSV):");
        new TreeMap<>(stats.byEcosystem()).forEach((eco, count) -> out.printf("  %-16s %d%n", eco, count));
        out.printf("known exploited:  %d (CISA KEV)%n", stats.knownExploited());
        out.printf(
                "EPSS scores:      %d%s%n",
                stats.epssScores(), stats.epssScoreDate() == null ? "" : " (scores of " + stats.epssScoreDate() + ")");
        long age = epssAgeDays(stats);
        if (age > STALE_EPSS_DAYS) {
            out.printf(
                    "warning: the EPSS scores are %d days old; FIRST publishes them daily, import a newer file%n", age);
        }
    }

    /** EPSS scores move daily; a week-old table ranks today's findings by last week's likelihoods. */
    static final int STALE_EPSS_DAYS = 7;

    /** Days since the EPSS score date, or -1 without a dated table. */
    static long epssAgeDays(StoreStats stats) {
        if (stats.epssScoreDate() == null || stats.epssScores() == 0) {
            return -1;
        }
        try {
            return java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.parse(stats.epssScoreDate()),
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            return -1;
        }
    }
}
