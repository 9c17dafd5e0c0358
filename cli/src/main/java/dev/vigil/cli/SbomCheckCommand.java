package dev.vigil.cli;

import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.sbom.ComponentQuality;
import dev.vigil.engine.sbom.QualityElement;
import dev.vigil.engine.sbom.QualityReport;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil sbom check}: the NTIA minimum elements and FDA fields of each SBOM. Gaps are reported,
 * not failed on (exit 0); an unreadable SBOM is exit 2 with nothing on standard output.
 */
@Command(
        name = "check",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil sbom check app.cdx.json firmware.spdx.json", "  vigil sbom check --format json app.cdx.json"
        },
        mixinStandardHelpOptions = true,
        description = "Report NTIA minimum elements and FDA support fields per component.")
final class SbomCheckCommand implements Callable<Integer> {
    private static final int LISTED_GAPS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    SbomInputOptions input;

    @Parameters(paramLabel = "SBOM", arity = "1..*", description = "CycloneDX or SPDX files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        List<Sbom> sboms = input.readAll(files);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            List<SbomDocument.Quality> reports = new ArrayList<>();
            for (int i = 0; i < sboms.size(); i++) {
                reports.add(SbomDocument.quality(files.get(i), sboms.get(i)));
            }
            out.println(JsonDocuments.write(reports));
        } else {
            for (int i = 0; i < sboms.size(); i++) {
                text(out, files.get(i), sboms.get(i), QualityReport.of(sboms.get(i)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, Path file, Sbom sbom, QualityReport report) {
        var m = sbom.metadata();
        out.printf(
                "%s: %s %s, %d components%s%n",
                file,
                m.format(),
                m.specVersion(),
                report.componentCount(),
                m.created() == null ? "" : ", created " + m.created());
        for (QualityElement element : List.of(QualityElement.AUTHOR, QualityElement.TIMESTAMP)) {
            out.printf(
                    "  %-34s %s%n", element.label(), report.documentGaps().contains(element) ? "MISSING" : "present");
        }
        for (QualityElement element : QualityElement.values()) {
            if (!element.documentLevel()) {
                out.printf(
                        "  %-34s %d/%d components (%d%%)%s%n",
                        element.label(),
                        report.present().get(element),
                        report.componentCount(),
                        report.percent(element),
                        element.fda() ? "  [FDA]" : "");
            }
        }
        out.printf(
                "  complete components                %d/%d%n", report.completeComponents(), report.componentCount());
        List<ComponentQuality> gaps =
                report.components().stream().filter(c -> !c.complete()).toList();
        gaps.stream()
                .limit(LISTED_GAPS)
                .forEach(c -> out.printf(
                        "    %s: missing %s%n",
                        c.displayName(),
                        c.missing().stream().map(QualityElement::label).collect(Collectors.joining(", "))));
        if (gaps.size() > LISTED_GAPS) {
            out.printf(
                    "    ... and %d more components with gaps (--format json lists all)%n", gaps.size() - LISTED_GAPS);
        }
        sbom.warnings().stream().limit(LISTED_GAPS).forEach(w -> out.println("  warning: " + w));
        if (sbom.warnings().size() > LISTED_GAPS) {
            out.printf(
                    "  ... and %d more warnings (--format json lists all)%n",
                    sbom.warnings().size() - LISTED_GAPS);
        }
    }
}
