package dev.vigil.bench;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.Scan;
import dev.vigil.engine.scan.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench scan --store /tmp/bench-store --sbom /tmp/bench.cdx.json"},
        mixinStandardHelpOptions = true,
        description = "Benchmark a scan: generated store (kept in --store) and generated SBOM.")
final class BenchScanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    GeneratedStore storeSetup;

    @Option(names = "--sbom", paramLabel = "FILE", required = true, description = "Where to write the generated SBOM.")
    Path sbom;

    @Option(
            names = "--components",
            defaultValue = "10000",
            description = "SBOM components (default: ${DEFAULT-VALUE}).")
    int components;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        storeSetup.check();
        if (components < 1) {
            throw new BadOptionException("--components must be positive");
        }
        try {
            storeSetup.prepare(out);
            SyntheticSbom.write(sbom, components, storeSetup.records, storeSetup.seed, storeSetup.named);
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            Sbom read = SbomReader.withDefaults().withoutSchemaValidation().read(sbom);
            long t1 = System.nanoTime();
            ScanResult result;
            try (AdvisoryStore opened = AdvisoryStore.open(storeSetup.store)) {
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
            out.printf("end to end: time vigil scan %s --store %s --format json > /dev/null%n", sbom, storeSetup.store);
        } catch (IOException e) {
            throw new BadOptionException("benchmark failed: " + e.getMessage());
        }
        out.flush();
    }

    private static long cpu() {
        var bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }
}
