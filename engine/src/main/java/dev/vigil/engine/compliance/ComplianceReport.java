package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.catalog.Theme;
import dev.vigil.engine.model.SystemInfo;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a system stands against the catalog: one row per requirement of the selected frameworks, in
 * catalog order, not-applicable rows included so a reader sees why a framework was left out.
 *
 * @param frameworks the frameworks judged, in catalog order
 * @param phases the catalog's lifecycle phases, in lifecycle order, for the lifecycle view
 * @param themes the catalog's crosswalk themes, which group the action list
 * @param warnings what the reader must know about the judgement as a whole: markets no framework covers,
 *     site models whose evidence could not be counted
 */
public record ComplianceReport(
        SystemInfo system,
        String catalogVersion,
        List<Framework> frameworks,
        List<Phase> phases,
        List<Theme> themes,
        List<ComplianceRow> rows,
        List<String> warnings) {

    public ComplianceReport {
        frameworks = List.copyOf(frameworks);
        phases = List.copyOf(phases);
        themes = List.copyOf(themes);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * What to do next: each missing piece of evidence and each open finding that keeps a requirement from
     * being met, naming every requirement it serves, grouped by crosswalk theme, most closing first.
     */
    public List<ActionList.ThemeActions> actions() {
        return ActionList.of(this);
    }

    public List<ComplianceRow> rows(String frameworkId) {
        return rows.stream().filter(r -> r.framework().equals(frameworkId)).toList();
    }

    /** Per framework, how many rows have each status (every status present, zero included). */
    public Map<String, Map<ComplianceStatus, Long>> summary() {
        Map<String, Map<ComplianceStatus, Long>> summary = new LinkedHashMap<>();
        for (Framework f : frameworks) {
            summary.put(f.id(), counts(rows(f.id())));
        }
        return summary;
    }

    /** The lifecycle view: rows grouped by phase, phases in lifecycle order, each phase listed. */
    public Map<Phase, List<ComplianceRow>> byPhase() {
        Map<Phase, List<ComplianceRow>> grouped = new LinkedHashMap<>();
        for (Phase p : phases) {
            grouped.put(
                    p,
                    rows.stream()
                            .filter(r -> r.requirement().phase().equals(p.id()))
                            .toList());
        }
        return grouped;
    }

    /** Whether any row has this status or a worse one ({@code gap} is worst); not-applicable rows never count. */
    public boolean anyAtOrWorse(ComplianceStatus threshold) {
        return rows.stream().anyMatch(r -> r.applicable() && r.status().compareTo(threshold) <= 0);
    }

    public static Map<ComplianceStatus, Long> counts(List<ComplianceRow> rows) {
        Map<ComplianceStatus, Long> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        return counts;
    }
}
