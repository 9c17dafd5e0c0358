package dev.vigil.cli;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.version.InvalidVersionException;
import dev.vigil.engine.version.VersionScheme;
import dev.vigil.engine.version.VersionSchemes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench linear}: issue 11's check that the hand-written readers are linear. Each reader gets
 * an input and one ten times its size; the time may grow tenfold, and the run fails (exit 1) when it grows
 * more than twentyfold, which a quadratic path does (a hundredfold). A benchmark, not a test: its verdict
 * depends on the machine, so it is run by hand or in a bench job, never by {@code mvn verify}.
 */
@Command(
        name = "linear",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench linear", "  vigil bench linear --scale 4"},
        mixinStandardHelpOptions = true,
        description = "Time each hand-written reader on an input and on one ten times larger; exit 1 when the "
                + "time grows more than 20 times (issue 11: linear parsers).")
final class BenchLinearCommand implements Callable<Integer> {
    /** How much slower the tenfold input may be: linear is 10, quadratic 100; the rest is noise. */
    static final double LIMIT = 20;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--scale",
            defaultValue = "1",
            description = "Multiply every base input size (default: ${DEFAULT-VALUE}); larger is steadier.")
    int scale;

    /** One reader: the input of size {@code n} written as a file, and how to read it. */
    private record Reader(String name, int base, IntFunction<String> input, Read read) {}

    @FunctionalInterface
    private interface Read {
        void read(Path file) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (scale < 1) {
            throw new BadInputException("--scale must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("vigil-bench-linear");
        List<String> slow = new ArrayList<>();
        try {
            out.printf("%-44s %9s %10s %10s %7s%n", "reader", "1x size", "1x ms", "10x ms", "ratio");
            for (Reader reader : readers()) {
                int n = reader.base() * scale;
                double once = time(reader, dir, n);
                double tenfold = time(reader, dir, n * 10);
                double ratio = tenfold / Math.max(once, 0.001);
                out.printf("%-44s %9d %10.1f %10.1f %7.1f%n", reader.name(), n, once, tenfold, ratio);
                out.flush();
                if (ratio > LIMIT) {
                    slow.add(reader.name());
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        if (!slow.isEmpty()) {
            out.println("grew more than " + (int) LIMIT + " times for ten times the input: " + String.join(", ", slow));
            return ExitCodes.POLICY_FAILED;
        }
        out.println("every reader within " + (int) LIMIT + " times for ten times the input");
        return ExitCodes.OK;
    }

    /** The fastest of three reads after one to warm up, in milliseconds: the least disturbed by the machine. */
    private static double time(Reader reader, Path dir, int n) throws Exception {
        Path file = Files.writeString(dir.resolve("input-" + n), reader.input().apply(n));
        reader.read().read(file);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            reader.read().read(file);
            best = Math.min(best, System.nanoTime() - t0);
        }
        Files.delete(file);
        return best / 1e6;
    }

    private static List<Reader> readers() {
        List<Reader> readers = new ArrayList<>();
        SbomReader unvalidated = SbomReader.withDefaults().withoutSchemaValidation();
        readers.add(new Reader(
                "SPDX tag-value, lines of one <text> value", 20_000, BenchLinearCommand::spdxText, unvalidated::read));
        readers.add(new Reader(
                "SBOM, bytes of leading white space", 1_000_000, BenchLinearCommand::leadingSpace, unvalidated::read));
        readers.add(new Reader(
                "CycloneDX JSON, schema-validated components",
                300,
                BenchLinearCommand::cycloneDx,
                SbomReader.withDefaults()::read));
        readers.add(new Reader("SPDX tag-value, packages", 2_000, BenchLinearCommand::spdxPackages, unvalidated::read));
        readers.add(new Reader("model YAML, components (5 flows each)", 100, n -> BenchModel.yaml(n, 5 * n, 1), f -> {
            LoadResult result = new ModelLoader().load(f);
            if (!result.isValid()) {
                throw new IllegalStateException("the generated model is invalid: " + result.errors());
            }
        }));
        // the schemes without a bound on release segments (npm and NuGet bound a version: an input error)
        for (String ecosystem : List.of("PyPI", "Maven", "RubyGems", "Debian", "Go", "Packagist")) {
            VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem).orElseThrow();
            readers.add(new Reader(
                    "version " + ecosystem + ", release segments", 20_000, BenchLinearCommand::segments, f -> {
                        String v = Files.readString(f);
                        compare(scheme, v, v + ".1");
                    }));
        }
        return readers;
    }

    private static void compare(VersionScheme scheme, String a, String b) throws InvalidVersionException {
        if (scheme.compare(a, b) >= 0) {
            throw new IllegalStateException(scheme.name() + " orders a version after its own extension");
        }
    }

    private static String segments(int n) {
        StringBuilder s = new StringBuilder("1");
        for (int i = 1; i < n; i++) {
            s.append('.').append(i % 10);
        }
        return s.toString();
    }

    private static String spdxHeader() {
        return """
                SPDXVersion: SPDX-2.3
                DataLicense: CC0-1.0
                SPDXID: SPDXRef-DOCUMENT
                DocumentName: bench
                DocumentNamespace: https://example.com/vigil-bench-linear
                Creator: Tool: vigil-bench
                Created: 2026-01-01T00:00:00Z
                """;
    }

    private static String spdxPackage(int i) {
        return "\nPackageName: package-" + i + "\nSPDXID: SPDXRef-p" + i + "\nPackageVersion: 1.0." + i
                + "\nPackageDownloadLocation: NOASSERTION\n";
    }

    private static String spdxText(int lines) {
        StringBuilder s = new StringBuilder(spdxHeader()).append("DocumentComment: <text>");
        for (int i = 0; i < lines; i++) {
            s.append("a line of free text, number ").append(i).append('\n');
        }
        return s.append("</text>\n").append(spdxPackage(0)).toString();
    }

    private static String spdxPackages(int n) {
        StringBuilder s = new StringBuilder(spdxHeader());
        for (int i = 0; i < n; i++) {
            s.append(spdxPackage(i));
        }
        return s.toString();
    }

    private static String leadingSpace(int bytes) {
        return " ".repeat(bytes) + cycloneDx(1);
    }

    private static String cycloneDx(int n) {
        StringBuilder s = new StringBuilder(
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"library\",\"name\":\"package-")
                    .append(i)
                    .append("\",\"version\":\"1.0.")
                    .append(i)
                    .append("\",\"purl\":\"pkg:pypi/package-")
                    .append(i)
                    .append("@1.0.")
                    .append(i)
                    .append("\"}");
        }
        return s.append("]}").toString();
    }
}
