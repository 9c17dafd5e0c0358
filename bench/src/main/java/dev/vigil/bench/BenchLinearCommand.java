package dev.vigil.bench;

import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench linear}: issue 11, deliverable 4. Every hand-written reader gets generated input at
 * size n and 10n; a reader whose time grows more than {@code --max-ratio} (20x) fails the run with exit 1.
 * Linear growth shows about 10x, fixed costs less; a quadratic path shows about 100x. Timing is
 * best-of-N after warm-up, sizes alternating, in process CPU time (the verdict; other processes on a
 * shared machine do not stretch it) with wall time shown beside it; each measurement repeats the reading
 * until it lasts long enough to be measured.
 */
@Command(
        name = "linear",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench linear", "  vigil bench linear --size 500 --only 'SPDX|version'"},
        mixinStandardHelpOptions = true,
        description = "Check that every reader's time grows linearly: inputs at 1x and 10x size (exit 1 above"
                + " --max-ratio).")
final class BenchLinearCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--size",
            defaultValue = "1000",
            description = "Base size n: packages, records, statements, vector lines or version segments;"
                    + " the second input is 10n (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description = "Best of this many timings (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--warmup",
            defaultValue = "3",
            description = "Untimed runs of each size first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--max-ratio",
            defaultValue = "20",
            description = "Largest time(10n)/time(n) accepted (default: ${DEFAULT-VALUE}).")
    double maxRatio;

    @Option(
            names = "--only",
            paramLabel = "REGEX",
            description = "Run only the readers whose name matches (for example 'SPDX|CycloneDX').")
    Pattern only;

    /**
     * A measurement shorter than this is repeated: the process CPU clock ticks in 10 ms steps, so a
     * measurement of 100 ms is within about 10 %.
     */
    private static final long MIN_MEASUREMENT_NANOS = 100_000_000L;

    /** Where the readings' answers go, so that the JIT cannot drop a reading whose answer is unused. */
    @SuppressWarnings("unused")
    private static volatile long sink;

    static List<LinearCase> all() {
        List<LinearCase> cases = new ArrayList<>();
        cases.addAll(LinearSboms.cases());
        cases.addAll(LinearFeeds.cases());
        cases.addAll(LinearDocuments.cases());
        cases.addAll(LinearVersions.cases());
        return cases;
    }

    @Override
    public Integer call() throws IOException {
        if (size < 1 || rounds < 1 || warmup < 0 || maxRatio <= 1) {
            throw new BadOptionException(
                    "--size and --rounds must be positive, --warmup not negative, --max-ratio above 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<LinearCase> cases = all().stream()
                .filter(c -> only == null || only.matcher(c.name()).find())
                .toList();
        if (cases.isEmpty()) {
            throw new BadOptionException("--only '" + only + "' matches no reader");
        }
        out.printf(
                Locale.ROOT,
                "n = %d and %d; best of %d after %d warm-up runs; limit %.0fx%n",
                size,
                size * 10,
                rounds,
                warmup,
                maxRatio);
        out.printf(
                Locale.ROOT,
                "%-52s %11s %10s %11s %10s %7s %7s%n",
                "reader",
                "size(n)",
                "cpu ms(n)",
                "size(10n)",
                "cpu ms(10n)",
                "ratio",
                "wall");
        int failed = 0;
        double worst = 0;
        Path work = Files.createTempDirectory("vigil-bench-linear-");
        try {
            for (LinearCase c : cases) {
                String verdict;
                try {
                    Row row = measure(c, work);
                    worst = Math.max(worst, row.ratio());
                    boolean ok = row.ratio() <= maxRatio;
                    failed += ok ? 0 : 1;
                    verdict = String.format(
                            Locale.ROOT,
                            "%11d %10.3f %11d %10.3f %6.1fx %6.1fx%s%s",
                            row.small().bytes(),
                            row.smallCpu(),
                            row.large().bytes(),
                            row.largeCpu(),
                            row.ratio(),
                            row.wallRatio(),
                            ok ? "" : "  FAIL (above " + maxRatio + "x)",
                            row.small().note().isEmpty()
                                    ? ""
                                    : "  " + row.small().note());
                } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                    failed++;
                    verdict = "FAIL: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                out.printf(Locale.ROOT, "%-52s %s%n", c.name(), verdict);
                out.flush();
            }
        } finally {
            Trees.delete(work);
        }
        out.printf(
                Locale.ROOT,
                "%d readers, %d above the limit or failing; largest ratio %.1fx%n",
                cases.size(),
                failed,
                worst);
        return failed == 0 ? ExitCodes.OK : ExitCodes.POLICY_FAILED;
    }

    /** Best CPU and wall milliseconds per size; the verdict is on CPU time, which load does not stretch. */
    private record Row(
            Prepared small, double smallCpu, double smallWall, Prepared large, double largeCpu, double largeWall) {
        double ratio() {
            return largeCpu / smallCpu;
        }

        double wallRatio() {
            return largeWall / smallWall;
        }
    }

    private Row measure(LinearCase c, Path work) throws Exception {
        Path dir = Files.createTempDirectory(work, "case-");
        try {
            Prepared small = c.preparer().prepare(dir, size);
            Prepared large = c.preparer().prepare(Files.createDirectory(dir.resolve("large")), size * 10);
            check(c, small);
            check(c, large);
            // Warm-up: the JIT compiles the reader's paths before anything is timed.
            for (int i = 0; i < warmup; i++) {
                small.reading().read();
                large.reading().read();
            }
            // Repetitions fitted to the small input (warm), the same for both sizes: as many as last
            // MIN_MEASUREMENT of CPU time, counted on the CPU clock itself.
            // Twice: the first pass also pays for the JIT compiling a short reading's paths (the
            // compiler's threads count in process CPU time), which would leave too few repetitions.
            int repeat = 0;
            for (int pass = 0; pass < 2; pass++) {
                repeat = 0;
                long c0 = cpuNanos();
                long results = 0;
                do {
                    results += small.reading().read();
                    repeat++;
                } while (cpuNanos() - c0 < MIN_MEASUREMENT_NANOS && repeat < 100_000_000);
                sink = results;
            }
            // Rounds alternate the sizes, so a collection or a busy neighbour hurts both alike; the best
            // of each is the time the work itself takes.
            double[] smallBest = {Double.MAX_VALUE, Double.MAX_VALUE};
            double[] largeBest = {Double.MAX_VALUE, Double.MAX_VALUE};
            for (int r = 0; r < rounds; r++) {
                best(smallBest, time(small, repeat));
                best(largeBest, time(large, repeat));
            }
            return new Row(small, smallBest[0], smallBest[1], large, largeBest[0], largeBest[1]);
        } finally {
            Trees.delete(dir);
        }
    }

    /** The reading must reach its item count: input the reader refuses would be timed as fast. */
    private static void check(LinearCase c, Prepared input) throws Exception {
        long read = input.reading().read();
        if (read < input.expected()) {
            throw new IllegalStateException(c.name() + ": read " + read + " items of " + input.expected()
                    + " (the generated input is not what the reader accepts)");
        }
    }

    private static void best(double[] best, double[] measured) {
        best[0] = Math.min(best[0], measured[0]);
        best[1] = Math.min(best[1], measured[1]);
    }

    /** CPU and wall milliseconds per reading, over {@code repeat} readings. */
    private static double[] time(Prepared input, int repeat) throws Exception {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        long results = 0;
        for (int i = 0; i < repeat; i++) {
            results += input.reading().read();
        }
        sink = results;
        return new double[] {(cpuNanos() - cpu) / 1e6 / repeat, (System.nanoTime() - wall) / 1e6 / repeat};
    }

    /**
     * The process's CPU time, all threads (an import reads on several, and the collector's work counts):
     * on a shared machine other processes stretch wall time but not this.
     */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : System.nanoTime();
    }
}
