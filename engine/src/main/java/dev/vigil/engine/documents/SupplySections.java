package dev.vigil.engine.documents;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.VulnerabilityFinding;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.engine.vex.Justification;
import dev.vigil.engine.vex.VexStatement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The SBOM with support per component, and the vulnerability assessment with VEX status. */
final class SupplySections {
    private SupplySections() {}

    static void register(Map<String, Function<DocumentContext, Section>> writers) {
        writers.put("sbom", SupplySections::sbom);
        writers.put("vulnerabilities", SupplySections::vulnerabilities);
    }

    private static Section sbom(DocumentContext c) {
        List<Block> blocks = new ArrayList<>();
        LocalDate today = c.options().date();
        blocks.add(new Block.Table(
                "Platforms and their support per model component",
                List.of("Component", "Platform", "Level of support", "End of support", "SBOM"),
                c.model().components().stream()
                        .map(x -> {
                            var end = x.software().flatMap(Component.Software::supportEnds);
                            return List.of(
                                    x.id(),
                                    x.software().flatMap(Component.Software::os).orElse(""),
                                    end.map(d -> d.isBefore(today) ? "unsupported (ended)" : "supported")
                                            .orElse(""),
                                    end.map(LocalDate::toString).orElse(""),
                                    x.sbom().orElse("no SBOM named"));
                        })
                        .toList(),
                "no components " + Block.NOT_STATED));
        boolean any = false;
        for (Component x : c.model().components()) {
            if (x.sbom().isEmpty()) {
                continue;
            }
            any = true;
            Path file = SourceResolver.sibling(c.model().source(), x.sbom().get());
            Sbom sbom = SbomReader.withDefaults().withoutSchemaValidation().read(file, c.sources());
            blocks.add(new Block.Table(
                    "SBOM of " + x.id() + " (" + x.sbom().get() + ", "
                            + sbom.components().size() + " components)",
                    List.of("Component", "Version", "Supplier", "Level of support", "End of support"),
                    sbom.components().stream()
                            .map(s -> List.of(
                                    label(s),
                                    s.version() == null ? "" : s.version(),
                                    s.supplier() == null ? "" : s.supplier(),
                                    s.supportLevel() == null ? "" : s.supportLevel(),
                                    s.endOfSupport() == null
                                            ? ""
                                            : s.endOfSupport().toString()))
                            .toList(),
                    "the SBOM lists no components"));
        }
        if (!any) {
            blocks.add(new Block.NotStated("an SBOM for any component (components[].sbom)"));
        }
        return Sections.section("sbom", "Software bill of materials", blocks);
    }

    private static String label(SbomComponent s) {
        return s.purl() != null ? s.purl() : s.displayName();
    }

    private static Section vulnerabilities(DocumentContext c) {
        VulnerabilityCheck check = c.result().vulnerabilities();
        List<Block> blocks = new ArrayList<>();
        if (check instanceof VulnerabilityCheck.NotChecked n) {
            blocks.add(new Block.NotStated("a vulnerability assessment: " + n.reason()));
            return Sections.section("vulnerabilities", "Vulnerability assessment", blocks);
        }
        ScanResult r = ((VulnerabilityCheck.Checked) check).result();
        blocks.add(new Block.Paragraph(r.reported().size() + " vulnerabilities reported in " + r.componentCount()
                + " SBOM components of " + r.sboms().size() + " SBOMs; " + r.knownExploitedCount()
                + " known exploited (CISA KEV); " + r.suppressed().size() + " not affecting the device per VEX."));
        blocks.add(new Block.Table(
                "Vulnerabilities with their VEX status",
                List.of("Vulnerability", "Component", "CVSS", "Priority", "KEV", "VEX status", "Justification"),
                r.findings().stream().map(SupplySections::row).toList(),
                "no known vulnerability matched"));
        return Sections.section("vulnerabilities", "Vulnerability assessment", blocks);
    }

    /** The statement's justification, impact and action, as its author wrote them (blank: not stated). */
    private static String reasons(VexStatement v) {
        List<String> parts = new ArrayList<>();
        v.justification().map(Justification::describe).ifPresent(parts::add);
        v.impactStatement().ifPresent(parts::add);
        v.actionStatement().ifPresent(parts::add);
        return String.join("; ", parts);
    }

    private static List<String> row(VulnerabilityFinding f) {
        return List.of(
                f.id(),
                f.componentLabel(),
                f.cvss().map(v -> String.format(Locale.ROOT, "%.1f", v.score())).orElse(""),
                f.priority().band().name().toLowerCase(Locale.ROOT),
                f.knownExploited().isPresent() ? "yes" : "no",
                f.vex().map(v -> v.status().name().toLowerCase(Locale.ROOT)).orElse("no VEX statement"),
                f.vex().map(SupplySections::reasons).orElse("-"));
    }
}
