package dev.vigil.cli;

import dev.vigil.engine.version.InvalidVersionException;
import dev.vigil.engine.version.VersionScheme;
import dev.vigil.engine.version.VersionSchemes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil version compare ECOSYSTEM A B} prints -1, 0 or 1; {@code --file F} does the same for
 * every {@code ecosystem<TAB>a<TAB>b} line of a TSV, one output line per input line.
 */
@Command(
        name = "compare",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil version compare Maven 1.0-rc1 1.0", "  vigil version compare --file pairs.tsv"},
        description = {
            "Compares two versions under an ecosystem's ordering and prints -1, 0 or 1.",
            "ECOSYSTEM is an OSV ecosystem name (any case), or a vers scheme name such as deb or rpm.",
            "With --file, reads ecosystem<TAB>a<TAB>b lines (blank lines and # comments skipped) and prints"
                    + " one sign per line, or error<TAB>reason; exits 2 at the end if any line failed."
        })
final class VersionCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Option(names = "--file", paramLabel = "F", description = "TSV of ecosystem, a, b to compare line by line.")
    Path file;

    @Parameters(arity = "0..3", paramLabel = "ECOSYSTEM A B", description = "The ecosystem and two versions.")
    List<String> positional = List.of();

    /** Schemes already looked up, by the name as written; most files repeat a few names. */
    private final Map<String, Optional<VersionScheme>> schemes = new HashMap<>();

    @Override
    public Integer call() {
        if (file != null) {
            if (!positional.isEmpty()) {
                throw new BadInputException("give either --file F or ECOSYSTEM A B, not both");
            }
            return compareFile();
        }
        if (positional.size() != 3) {
            throw new BadInputException(
                    "expected ECOSYSTEM A B (or --file F), got " + positional.size() + " argument(s)");
        }
        VersionScheme scheme =
                scheme(positional.get(0)).orElseThrow(() -> new BadInputException(unknownEcosystem(positional.get(0))));
        try {
            spec.commandLine().getOut().println(scheme.compare(positional.get(1), positional.get(2)));
        } catch (InvalidVersionException e) {
            throw new BadInputException(e.getMessage());
        }
        return ExitCodes.OK;
    }

    private int compareFile() {
        PrintWriter out = spec.commandLine().getOut();
        int lines = 0;
        int failed = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                lines++;
                String result = compareLine(line, number);
                if (result.startsWith("error\t")) {
                    failed++;
                }
                out.println(result);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        out.flush();
        if (failed > 0) {
            spec.commandLine()
                    .getErr()
                    .println("vigil: " + failed + " of " + lines + " comparisons in " + file + " failed");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** The sign for one TSV line, or {@code error<TAB>reason}; never throws for bad data. */
    private String compareLine(String line, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 3) {
            return "error\tline " + number + ": expected ecosystem<TAB>a<TAB>b";
        }
        Optional<VersionScheme> scheme = scheme(fields[0]);
        if (scheme.isEmpty()) {
            return "error\tline " + number + ": unknown ecosystem '" + fields[0] + "'";
        }
        try {
            return Integer.toString(scheme.get().compare(fields[1], fields[2]));
        } catch (InvalidVersionException e) {
            return "error\tline " + number + ": " + e.getMessage();
        }
    }

    private Optional<VersionScheme> scheme(String name) {
        return schemes.computeIfAbsent(
                name, n -> VersionSchemes.forEcosystemIgnoreCase(n).or(() -> VersionSchemes.forVersScheme(n)));
    }

    private static String unknownEcosystem(String name) {
        return "unknown ecosystem '" + name + "'; valid names: " + String.join(", ", VersionSchemes.ecosystemNames());
    }
}
