package dev.vigil.cli;

import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.scan.ReleaseVex;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.source.AtomicFiles;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code vigil scan ... --write-vex cyclonedx|openvex}: the scan result as a VEX document for the release. */
final class ReleaseVexOptions {

    @Option(
            names = "--write-vex",
            paramLabel = "FORMAT",
            description = "Instead of the report, write a VEX document for the release: cyclonedx or openvex."
                    + " Each finding is 'affected' unless a --vex statement says otherwise.")
    String format;

    @Option(
            names = "--product-name",
            paramLabel = "N",
            description = "The release's product name (default for a model: its system name).")
    String productName;

    @Option(
            names = "--product-version",
            paramLabel = "V",
            description = "The release's version (default for a model: its system version).")
    String productVersion;

    @Option(
            names = "--author",
            paramLabel = "A",
            description = "Who makes the statements (default for a model: its manufacturer).")
    String author;

    @Option(names = "--vex-out", paramLabel = "FILE", description = "Write the VEX document to FILE, not stdout.")
    Path out;

    boolean requested() {
        return format != null;
    }

    /** Refuses bad options before the scan runs. */
    void check() {
        if (format == null) {
            if (productName != null || productVersion != null || author != null || out != null) {
                throw new BadInputException("--product-name, --product-version, --author and --vex-out go with"
                        + " --write-vex cyclonedx|openvex");
            }
            return;
        }
        target();
    }

    private VexFormat target() {
        return switch (format) {
            case "cyclonedx" -> VexFormat.CYCLONEDX;
            case "openvex" -> VexFormat.OPENVEX;
            default -> throw new BadInputException("--write-vex must be cyclonedx or openvex, not '" + format + "'");
        };
    }

    void write(ScanResult result, Optional<SystemModel> model, Path input, PrintWriter stdout, PrintWriter stderr) {
        String name = Optional.ofNullable(productName)
                .or(() -> model.map(m -> m.system().name()))
                .orElseThrow(() -> new BadInputException("--write-vex needs --product-name for an SBOM"));
        Optional<String> version = Optional.ofNullable(productVersion)
                .or(() -> model.flatMap(m -> m.system().version()));
        // Without a stated author the document says so rather than name someone.
        String by = Optional.ofNullable(author)
                .or(() -> model.flatMap(m -> m.system().manufacturer()))
                .orElse("unspecified");
        ProductRelease release;
        try {
            release = new ProductRelease(name, version, Optional.empty(), by);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        VexOutput output = ReleaseVex.document(
                target(),
                result,
                release,
                "vigil scan " + input.getFileName(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (out == null) {
            stdout.print(output.json());
        } else {
            try {
                AtomicFiles.write(out, output.json());
            } catch (IOException e) {
                throw new BadInputException("cannot write " + out + ": " + e.getMessage());
            }
            stdout.println("wrote " + out);
        }
        output.warnings().forEach(w -> stderr.println("vigil: warning: " + w));
        stderr.flush();
    }
}
