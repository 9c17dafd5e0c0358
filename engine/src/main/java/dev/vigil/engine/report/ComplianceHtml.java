package dev.vigil.engine.report;

import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.render.Renderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one compliance HTML: the whole result as a page ({@code templates/compliance/compliance.html}) and its
 * summary inside report.html ({@code templates/compliance/summary.html}). Both share the page shell and
 * stylesheet; every catalog and model text is escaped by the template.
 */
public final class ComplianceHtml {

    private ComplianceHtml() {}

    /** One heading (a framework or a lifecycle phase) with its note and requirement rows. */
    record Section(String heading, String note, List<ComplianceRow> rows) {}

    record Page(String title, String subtitle, boolean byPhase, List<Section> sections) {}

    record Counts(String framework, long met, long partial, long gap, long notAssessable, long notApplicable) {}

    record Summary(List<Counts> counts, List<ComplianceRow> open) {}

    /** The whole compliance result, grouped by framework or, with {@code byPhase}, by lifecycle phase. */
    public static String page(ComplianceReport report, boolean byPhase) {
        List<Section> sections = new ArrayList<>();
        if (byPhase) {
            for (Map.Entry<Phase, List<ComplianceRow>> e : report.byPhase().entrySet()) {
                List<ComplianceRow> rows =
                        e.getValue().stream().filter(ComplianceRow::applicable).toList();
                if (!rows.isEmpty()) {
                    Phase p = e.getKey();
                    sections.add(
                            new Section(p.title(), "Covers: " + String.join("; ", p.mappedStages()), sorted(rows)));
                }
            }
        } else {
            for (Framework f : report.frameworks()) {
                List<ComplianceRow> rows = report.rows(f.id());
                if (!rows.isEmpty()) {
                    sections.add(new Section(f.title(), f.id() + ": " + counts(rows), sorted(rows)));
                }
            }
        }
        Page page = new Page(
                "Compliance of " + report.system().name(),
                report.system().kind().wire() + " '" + report.system().id() + "', catalog " + report.catalogVersion(),
                byPhase,
                sections);
        return Renderer.render("compliance/compliance", Map.of("c", page));
    }

    /** The report's compliance part: counts per framework, then gaps and partial rows, gaps first. */
    static Summary summary(ComplianceReport report) {
        List<Counts> counts = new ArrayList<>();
        report.summary()
                .forEach((framework, c) -> counts.add(new Counts(
                        framework,
                        c.getOrDefault(ComplianceStatus.MET, 0L),
                        c.getOrDefault(ComplianceStatus.PARTIAL, 0L),
                        c.getOrDefault(ComplianceStatus.GAP, 0L),
                        c.getOrDefault(ComplianceStatus.NOT_ASSESSABLE, 0L),
                        c.getOrDefault(ComplianceStatus.NOT_APPLICABLE, 0L))));
        List<ComplianceRow> open = report.rows().stream()
                .filter(r -> r.status() == ComplianceStatus.GAP || r.status() == ComplianceStatus.PARTIAL)
                .sorted(Comparator.comparing((ComplianceRow r) -> r.status() != ComplianceStatus.GAP)
                        .thenComparing(ComplianceRow::framework)
                        .thenComparing(r -> r.requirement().id()))
                .toList();
        return new Summary(counts, open);
    }

    /** Gaps first, then partial, met and not-applicable; catalog order inside each status. */
    private static List<ComplianceRow> sorted(List<ComplianceRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ComplianceRow::status)).toList();
    }

    private static String counts(List<ComplianceRow> rows) {
        return ComplianceReport.counts(rows).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
    }
}
