package dev.vigil.cli;

import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexDocument;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexOutput;
import dev.vigil.engine.vex.VexWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil vex convert FILE --to cyclonedx|openvex}: one VEX document rewritten for a product release. */
@Command(
        name = "convert",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil vex convert --to openvex --product-name pump vendor.cdx.json"},
        mixinStandardHelpOptions = true,
        description = {
            "Reads one VEX file (CycloneDX, OpenVEX or CSAF) and writes its statements to standard output as"
                    + " CycloneDX 1.6 VEX or OpenVEX 0.2.0, sorted, for the given product release.",
            "The product name defaults to the source document's id, the author to its author; the timestamp is"
                    + " the source document's, else its latest statement's, else the current time. What the target format cannot"
                    + " say (OpenVEX has no version ranges) is left out with a warning on standard error."
        })
final class VexConvertCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The VEX file to convert.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "cyclonedx or openvex")
    String to;

    @Option(names = "--product-name", paramLabel = "N", description = "The product release's name.")
    String productName;

    @Option(names = "--product-version", paramLabel = "V", description = "The product release's version.")
    String productVersion;

    @Option(names = "--product-purl", paramLabel = "P", description = "The product release's package URL.")
    String productPurl;

    @Option(names = "--author", paramLabel = "A", description = "Who makes the statements.")
    String author;

    @Override
    public void run() {
        VexFormat target =
                switch (to) {
                    case "cyclonedx" -> VexFormat.CYCLONEDX;
                    case "openvex" -> VexFormat.OPENVEX;
                    default -> throw new BadInputException(
                            "unknown target format '" + to + "' (valid: cyclonedx, openvex)");
                };
        VexDocument source = VexReadCommand.read(file);
        String name = Optional.ofNullable(productName)
                .or(source::id)
                .orElseThrow(() -> new BadInputException(file + " has no document id: give --product-name"));
        String by = Optional.ofNullable(author)
                .or(source::author)
                .orElseThrow(() -> new BadInputException(file + " names no author: give --author"));
        ProductRelease product;
        try {
            product =
                    new ProductRelease(name, Optional.ofNullable(productVersion), Optional.ofNullable(productPurl), by);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Instant when = source.timestamp()
                .or(() -> source.statements().stream()
                        .flatMap(s -> s.timestamp().stream())
                        .max(Instant::compareTo))
                .orElseGet(Instant::now);
        VexOutput output = VexWriter.write(target, product, source.statements(), when);
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.json());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        output.warnings().forEach(w -> err.println("vigil: warning: " + w));
        err.flush();
        if (source.statements().isEmpty()) {
            err.println("vigil: warning: " + file + " holds no VEX statements");
        }
    }
}
