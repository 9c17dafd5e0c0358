package dev.vigil.bench;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The generated advisory store the scan and portfolio benchmarks share: its options and its making. */
final class GeneratedStore {

    @Option(
            names = "--store",
            paramLabel = "DIR",
            required = true,
            description = "Store to use; generated when absent.")
    Path store;

    @Option(
            names = "--records",
            defaultValue = "300000",
            description = "Generated records for a new store (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(
            names = "--named",
            defaultValue = "0.1",
            description = "Share of components with advisories (default: ${DEFAULT-VALUE}).")
    double named;

    @Option(names = "--seed", defaultValue = "5", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Refuses counts a benchmark cannot use. */
    void check() {
        if (records < 1 || named < 0 || named > 1) {
            throw new BadOptionException("--records must be positive and --named within 0..1");
        }
    }

    /** Generates and imports the store unless it already exists (generating 300k records takes a while). */
    void prepare(PrintWriter out) throws IOException {
        if (AdvisoryStore.exists(store)) {
            return;
        }
        Path zip = Files.createTempFile("vigil-bench-", ".zip");
        try {
            SyntheticAdvisories.writeOsvZip(zip, records, seed);
            ImportSummary summary = AdvisoryStore.importFrom(store, List.of(zip));
            out.printf(
                    Locale.ROOT,
                    "store: %d generated records imported in %.1f s%n",
                    summary.imported(),
                    summary.elapsed().toMillis() / 1000.0);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
