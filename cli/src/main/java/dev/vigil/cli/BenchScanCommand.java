package dev.vigil.cli;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import dev.vigil.engine.advisory.SyntheticAdvisories;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.Scan;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.SyntheticSbom;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench scan}: prepares a store of generated OSV records (once) and a generated SBOM, then
 * scans it in this JVM and prints the phases. For the end-to-end figure (JVM start included) run the
 * printed {@code vigil scan} line under {@code time}.
 */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description = "Benchmark a scan: generated store (kept in --store) and generated SBOM.")
final class BenchScanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            required = true,
            description = "Store to use; generated when absent.")
    Path store;

    @Option(names = "--sbom", paramLabel = "FILE", required = true, description = "Where to write the generated SBOM.")
    Path sbom;

    @Option(
            names = "--records",
            defaultValue = "300000",
            description = "Generated records (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(
            names = "--components",
            defaultValue = "10000",
            description = "SBOM components (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(
            names = "--named",
            defaultValue = "0.1",
            description = "Share of components with advisories (default: ${DEFAULT-VALUE}).")
    double named;

    @Option(names = "--seed", defaultValue = "5", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || components < 1 || named < 0 || named > 1) {
            throw new BadInputException("--records and --components must be positive, --named within 0..1");
        }
        try {
            if (!AdvisoryStore.exists(store)) {
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
            SyntheticSbom.write(sbom, components, records, seed, named);
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            Sbom read = SbomReader.withDefaults().withSchemaValidationUpTo(0).read(sbom);
            long t1 = System.nanoTime();
            ScanResult result;
            try (AdvisoryStore opened = AdvisoryStore.open(store)) {
                result = Scan.of(opened).scan(read, sbom);
            }
            long t2 = System.nanoTime();
            out.printf(
                    Locale.ROOT,
                    "scan: %d components, %d findings; read %.0f ms, match+rank %.0f ms, %.0f ms CPU%n",
                    result.componentCount(),
                    result.findings().size(),
                    (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6,
                    (cpu() - cpu0) / 1e6);
            out.printf("end to end: time vigil scan %s --store %s --format json > /dev/null%n", sbom, store);
        } catch (IOException e) {
            throw new BadInputException("benchmark failed: " + e.getMessage());
        }
        out.flush();
    }

    private static long cpu() {
        var bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }
}
