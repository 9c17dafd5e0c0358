package dev.vigil.bench;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.portfolio.FindingChange;
import dev.vigil.engine.portfolio.Portfolio;
import dev.vigil.engine.portfolio.PortfolioCheck;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench portfolio}: a portfolio of generated SBOMs checked once against a generated store,
 * then re-checked after generated new advisories are imported, against a full re-scan.
 *
 * <p>The import changes the store in {@code --store}: each run adds its new records there (their ids
 * depend on the run's time) and revises stored ones again, so repeated runs measure the same work.
 */
@Command(
        name = "portfolio",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench portfolio --store /tmp/bench-store --sboms 200"},
        mixinStandardHelpOptions = true,
        description = "Benchmark re-checking many SBOMs after new advisories arrive (generated data).")
final class BenchPortfolioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    GeneratedStore storeSetup;

    @Option(names = "--sboms", defaultValue = "1000", description = "SBOMs (default: ${DEFAULT-VALUE}).")
    int sboms;

    @Option(
            names = "--components",
            defaultValue = "200",
            description = "Components per SBOM (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(
            names = "--new-advisories",
            defaultValue = "1000",
            description = "Advisories to import after the first check (default: ${DEFAULT-VALUE}).")
    int newAdvisories;

    @Option(
            names = "--packages",
            defaultValue = "300",
            description = "Distinct packages the new advisories touch (default: ${DEFAULT-VALUE}).")
    int packages;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        storeSetup.check();
        if (sboms < 1 || components < 1 || newAdvisories < 1 || packages < 1) {
            throw new BadOptionException("counts must be positive");
        }
        try {
            storeSetup.prepare(out);
            long t0 = System.nanoTime();
            Portfolio portfolio = new Portfolio();
            List<Sbom> generated = new ArrayList<>(sboms);
            for (int i = 0; i < sboms; i++) {
                Sbom sbom = SyntheticSbom.generate(
                        "sbom-" + i, components, storeSetup.records, storeSetup.seed * 100_003 + i, storeSetup.named);
                generated.add(sbom);
                portfolio.add("sbom-" + i, sbom);
            }
            out.printf(
                    Locale.ROOT,
                    "portfolio: %d SBOMs, %d pairs generated and indexed in %.0f ms%n",
                    portfolio.sbomCount(),
                    portfolio.pairCount(),
                    ms(System.nanoTime() - t0));

            PortfolioCheck first;
            try (AdvisoryStore opened = AdvisoryStore.open(storeSetup.store)) {
                first = portfolio.checkAll(opened);
            }
            out.printf(
                    Locale.ROOT,
                    "first check: %d pairs in %.2f s, %d findings%n",
                    first.pairsChecked(),
                    first.elapsed().toMillis() / 1000.0,
                    first.count(FindingChange.Kind.ADDED));

            List<PackageKey> touched;
            Path zip = Files.createTempFile("vigil-bench-updates-", ".zip");
            ImportSummary summary;
            int revisions;
            try {
                try (AdvisoryStore opened = AdvisoryStore.open(storeSetup.store)) {
                    touched = touchedPackages(opened, generated);
                    revisions = SyntheticAdvisories.writeUpdates(
                            zip, opened, touched, newAdvisories, storeSetup.seed, Instant.now());
                }
                summary = AdvisoryStore.importFrom(storeSetup.store, List.of(zip));
            } finally {
                Files.deleteIfExists(zip);
            }
            out.printf(
                    Locale.ROOT,
                    "import: %d new advisories (%d revisions) over %d packages in %.2f s: %d added, %d replaced,"
                            + " %d changed keys%n",
                    newAdvisories,
                    revisions,
                    touched.size(),
                    summary.elapsed().toMillis() / 1000.0,
                    summary.imported(),
                    summary.replaced(),
                    summary.changedKeys().size());

            PortfolioCheck recheck;
            try (AdvisoryStore opened = AdvisoryStore.open(storeSetup.store)) {
                recheck = portfolio.recheck(opened, summary.changedKeys());
            }
            out.printf(
                    Locale.ROOT,
                    "re-check: %d pairs in %.3f s: %d findings added, %d changed, %d removed in %d SBOMs%n",
                    recheck.pairsChecked(),
                    recheck.elapsed().toNanos() / 1e9,
                    recheck.count(FindingChange.Kind.ADDED),
                    recheck.count(FindingChange.Kind.CHANGED),
                    recheck.count(FindingChange.Kind.REMOVED),
                    recheck.bySbom().size());

            // The full re-scan starts from what the re-check left: any change it finds is one the
            // re-check missed.
            PortfolioCheck full;
            try (AdvisoryStore opened = AdvisoryStore.open(storeSetup.store)) {
                full = portfolio.checkAll(opened);
            }
            double fullSeconds = full.elapsed().toMillis() / 1000.0;
            out.printf(
                    Locale.ROOT,
                    "full re-scan: %d pairs in %.2f s, %d changes the re-check had missed; re-check %.0fx faster%n",
                    full.pairsChecked(),
                    fullSeconds,
                    full.changes().size(),
                    full.elapsed().toNanos()
                            / (double) Math.max(1, recheck.elapsed().toNanos()));
            out.printf(
                    Locale.ROOT,
                    "heap: %d MB live after GC with the portfolio and its findings held, run within a %d MB max%n",
                    liveHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (!full.changes().isEmpty()) {
                out.flush();
                throw new BadOptionException(
                        "the re-check missed " + full.changes().size() + " changes");
            }
        } catch (IOException e) {
            throw new BadOptionException("benchmark failed: " + e.getMessage());
        }
        out.flush();
    }

    /**
     * The packages the new advisories are about: half drawn from packages the portfolio uses that
     * already have advisories (new advisories tend to hit packages people use), half from the whole
     * generated universe.
     */
    private List<PackageKey> touchedPackages(AdvisoryStore opened, List<Sbom> generated) {
        SplittableRandom random = new SplittableRandom(storeSetup.seed ^ 0x9e3779b97f4a7c15L);
        Set<PackageKey> chosen = new LinkedHashSet<>();
        int used = (packages + 1) / 2;
        for (int tries = 0; chosen.size() < used && tries < used * 200; tries++) {
            List<SbomComponent> sbom =
                    generated.get(random.nextInt(generated.size())).components();
            SbomComponent component = sbom.get(random.nextInt(sbom.size()));
            List<PackageKey> keys = PackageKey.fromPurl(component.purl());
            if (!keys.isEmpty() && opened.countCandidates(keys.get(0)) > 0) {
                chosen.add(keys.get(0));
            }
        }
        for (PackageKey key :
                SyntheticAdvisories.components(packages * 2, storeSetup.records, storeSetup.seed + 17, 1.0)) {
            if (chosen.size() >= packages) {
                break;
            }
            chosen.add(key);
        }
        return List.copyOf(chosen);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * Heap still in use after a full collection: what the portfolio, its index and findings need. Pool
     * peaks would add the young and old generations' peaks from different moments and overstate it.
     */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
