package dev.vigil.bench;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import dev.vigil.engine.advisory.PackageKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench advisories}: generates OSV records with a fixed seed, imports them and looks up the
 * candidates of a 10,000-component scan, printing wall time, CPU time and peak heap (issue 5, point 8).
 */
@Command(
        name = "advisories",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench advisories --records 100000 --lookups 5000"},
        mixinStandardHelpOptions = true,
        description = "Benchmark the advisory store on generated OSV records (fixed seed).")
final class BenchAdvisoriesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--records",
            defaultValue = "300000",
            description = "Records to generate (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(
            names = "--lookups",
            defaultValue = "10000",
            description = "Components to look up (default: ${DEFAULT-VALUE}).")
    int lookups;

    @Option(
            names = "--named",
            defaultValue = "0.5",
            description = "Share of looked-up components that have advisories (default: ${DEFAULT-VALUE}).")
    double named;

    @Option(names = "--seed", defaultValue = "5", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Keep the store here (default: a temporary directory, deleted afterwards).")
    Path store;

    @Option(
            names = "--rounds",
            defaultValue = "1",
            description =
                    "Lookup rounds in the same JVM; later rounds show warm-JIT speed (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--lookup-only",
            description = "Skip generation and import; look up in the existing --store (for timing a whole JVM run).")
    boolean lookupOnly;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || lookups < 0 || named < 0 || named > 1) {
            throw new BadOptionException("--records must be positive, --lookups not negative, --named within 0..1");
        }
        if (lookupOnly && (store == null || !AdvisoryStore.exists(store))) {
            throw new BadOptionException("--lookup-only needs an existing --store");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("vigil-bench-");
            Path directory = store != null ? store : work.resolve("store");
            if (!lookupOnly) {
                importPhase(out, work, directory);
            }
            lookupPhase(out, directory);
        } catch (IOException e) {
            throw new BadOptionException("benchmark failed: " + e.getMessage());
        } finally {
            delete(work);
        }
        out.flush();
    }

    private void importPhase(PrintWriter out, Path work, Path directory) throws IOException {
        Path zip = work.resolve("all.zip");
        long started = System.nanoTime();
        SyntheticAdvisories.writeOsvZip(zip, records, seed);
        out.printf(
                Locale.ROOT,
                "generated %d OSV records (seed %d): %.1f MB zip in %.1f s%n",
                records,
                seed,
                Files.size(zip) / 1e6,
                (System.nanoTime() - started) / 1e9);
        out.flush();
        resetPeaks();
        long cpu = cpuNanos();
        ImportSummary summary = AdvisoryStore.importFrom(directory, List.of(zip));
        double seconds = summary.elapsed().toNanos() / 1e9;
        out.printf(
                Locale.ROOT,
                "import: %d records in %.1f s wall, %.1f s CPU: %.0f records/s; peak heap %d MB (max %d MB); store %.1f MB%n",
                summary.imported(),
                seconds,
                (cpuNanos() - cpu) / 1e9,
                summary.imported() / seconds,
                peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                size(directory) / 1e6);
        out.flush();
    }

    private void lookupPhase(PrintWriter out, Path directory) throws IOException {
        List<PackageKey> components = SyntheticAdvisories.components(lookups, records, seed, named);
        long started = System.nanoTime();
        long cpu = cpuNanos();
        int withCandidates = 0;
        long candidates = 0;
        try (AdvisoryStore opened = AdvisoryStore.open(directory)) {
            long opened_ = System.nanoTime();
            out.printf(Locale.ROOT, "lookup: store opened in %.1f ms%n", (opened_ - started) / 1e6);
            for (int round = 1; round <= rounds; round++) {
                long roundStart = System.nanoTime();
                cpu = cpuNanos();
                withCandidates = 0;
                candidates = 0;
                for (PackageKey component : components) {
                    int found = opened.findCandidates(component).size();
                    candidates += found;
                    withCandidates += found > 0 ? 1 : 0;
                }
                out.printf(
                        Locale.ROOT,
                        "lookup round %d: %d components, %d with candidates, %d candidate records read "
                                + "in %.0f ms wall, %.0f ms CPU%n",
                        round,
                        components.size(),
                        withCandidates,
                        candidates,
                        (System.nanoTime() - roundStart) / 1e6,
                        (cpuNanos() - cpu) / 1e6);
                opened.clearCache();
            }
        }
        out.printf(
                Locale.ROOT,
                "JVM: up %.0f ms so far, peak heap %d MB%n",
                ManagementFactory.getRuntimeMXBean().getUptime() * 1.0,
                peakHeapBytes() >> 20);
    }

    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a benchmark for
        }
    }
}
