package dev.vigil.cli;

import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.compliance.ActionList;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceRow;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The compliance result as text: a header with counts per group, then one line per requirement, gaps first. */
final class ComplianceText {

    private ComplianceText() {}

    static void byFramework(PrintWriter out, ComplianceReport report) {
        out.println("Compliance of " + report.system().name() + " ("
                + report.system().kind().wire() + "), catalog " + report.catalogVersion());
        warnings(out, report);
        for (Framework f : report.frameworks()) {
            List<ComplianceRow> rows = report.rows(f.id());
            if (rows.isEmpty()) {
                continue;
            }
            out.println();
            out.println(f.id() + ": " + f.title() + " (" + counts(rows) + ")");
            if (rows.stream().noneMatch(ComplianceRow::applicable)) {
                // one reason for the whole framework instead of a screen of identical lines
                out.println("  not applicable: " + rows.get(0).reason());
                continue;
            }
            TextTable table = new TextTable("  STATUS", "SECTION", "TITLE", "REASON");
            sorted(rows)
                    .forEach(r -> table.row(
                            "  " + r.status().wire(),
                            r.requirement().section(),
                            r.requirement().title(),
                            r.reason()));
            table.print(out);
        }
    }

    static void byPhase(PrintWriter out, ComplianceReport report) {
        out.println(
                "Compliance of " + report.system().name() + " by lifecycle phase, catalog " + report.catalogVersion());
        warnings(out, report);
        for (Map.Entry<Phase, List<ComplianceRow>> e : report.byPhase().entrySet()) {
            List<ComplianceRow> rows = e.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            Phase p = e.getKey();
            out.println();
            out.println(p.title() + " (" + counts(rows) + ")");
            out.println("  covers: " + String.join("; ", p.mappedStages()));
            List<ComplianceRow> applicable =
                    rows.stream().filter(ComplianceRow::applicable).toList();
            if (applicable.isEmpty()) {
                out.println("  nothing applies to this system in this phase");
                continue;
            }
            TextTable table = new TextTable("  STATUS", "FRAMEWORK", "SECTION", "TITLE", "REASON");
            sorted(applicable)
                    .forEach(r -> table.row(
                            "  " + r.status().wire(),
                            r.framework(),
                            r.requirement().section(),
                            r.requirement().title(),
                            r.reason()));
            table.print(out);
        }
    }

    /**
     * The action list: per crosswalk theme, each action with how many requirements it closes on its own and
     * every requirement it serves.
     */
    static void actions(PrintWriter out, ComplianceReport report) {
        out.println("Actions for " + report.system().name() + ", catalog " + report.catalogVersion()
                + " (most closing first; 'closes' counts the requirements it would meet on its own)");
        warnings(out, report);
        List<ActionList.ThemeActions> themes = report.actions();
        if (themes.isEmpty()) {
            out.println();
            out.println("Nothing to do: no applicable requirement is partial or a gap.");
            return;
        }
        for (ActionList.ThemeActions t : themes) {
            out.println();
            out.println(t.title() + " (" + t.theme() + ")");
            for (ActionList.Action a : t.actions()) {
                out.println("  - " + a.what());
                out.println("    closes " + a.closes().size() + ", serves "
                        + a.requirements().size() + ": " + String.join(", ", a.requirements()));
            }
        }
    }

    private static void warnings(PrintWriter out, ComplianceReport report) {
        report.warnings().forEach(w -> out.println("warning: " + w));
    }

    /** Gaps first, then partial, met and not-applicable; catalog order inside each status. */
    static List<ComplianceRow> sorted(List<ComplianceRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ComplianceRow::status)).toList();
    }

    static String counts(List<ComplianceRow> rows) {
        return ComplianceReport.counts(rows).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
    }
}
