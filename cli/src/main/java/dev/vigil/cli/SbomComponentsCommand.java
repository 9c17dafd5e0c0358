package dev.vigil.cli;

import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil sbom components}: the components of one SBOM, as a table or JSON. */
@Command(
        name = "components",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil sbom components app.cdx.json", "  vigil sbom components --format json firmware.spdx.json"},
        mixinStandardHelpOptions = true,
        description = "List the components of an SBOM.")
final class SbomComponentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SbomInputOptions input;

    @Parameters(paramLabel = "SBOM", description = "A CycloneDX or SPDX file.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Sbom sbom = input.readAll(List.of(file)).get(0);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(JsonDocuments.write(SbomDocument.components(file, sbom)));
        } else {
            // Tab-separated: readable in a terminal, and cut/awk/spreadsheets take it as it is.
            out.println("name\tversion\tpurl-or-cpe\tsupplier\tlicenses\tsupport-level\tend-of-support\tdepends-on");
            for (SbomComponent c : sbom.components()) {
                out.println(String.join(
                        "\t",
                        cell(c.group() == null ? c.name() : c.group() + "/" + c.name()),
                        cell(c.version()),
                        cell(c.purl() != null ? c.purl() : c.cpe()),
                        cell(c.supplier()),
                        cell(String.join("; ", c.licenses())),
                        cell(c.supportLevel()),
                        cell(c.endOfSupport() == null ? null : c.endOfSupport().toString()),
                        String.valueOf(sbom.dependenciesOf(c.ref()).size())));
            }
            sbom.warnings().forEach(w -> spec.commandLine().getErr().println("vigil: warning: " + file + ": " + w));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String cell(String value) {
        return value == null || value.isBlank() ? "-" : value.replace('\t', ' ').replace('\n', ' ');
    }
}
