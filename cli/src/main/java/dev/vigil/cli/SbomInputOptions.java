package dev.vigil.cli;

import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomException;
import dev.vigil.engine.sbom.SbomReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How the {@code sbom} commands read their input; shared as a picocli mixin. */
final class SbomInputOptions {

    @Option(
            names = "--lenient",
            description =
                    "Import CycloneDX documents that violate their schema, reporting each violation as a warning.")
    boolean lenient;

    @Option(
            names = "--max-size",
            paramLabel = "MiB",
            defaultValue = "512",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxMebibytes;

    SbomReader reader() {
        if (maxMebibytes <= 0) {
            throw new BadInputException("--max-size must be a positive number of MiB, not " + maxMebibytes);
        }
        SbomReader reader = SbomReader.withDefaults().withMaxBytes(maxMebibytes * 1024 * 1024);
        return lenient ? reader.lenient() : reader;
    }

    /**
     * Reads every file before anything is printed, so an unreadable one never leaves a partial report
     * behind: all or nothing.
     */
    List<Sbom> readAll(List<Path> files) {
        SbomReader reader = reader();
        List<Sbom> sboms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                sboms.add(reader.read(file));
            } catch (SbomException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more unreadable files)" : "";
            throw new BadInputException(problems.get(0) + more);
        }
        return sboms;
    }
}
