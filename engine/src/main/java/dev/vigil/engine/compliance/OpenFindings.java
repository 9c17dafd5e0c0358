package dev.vigil.engine.compliance;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.catalog.FindingSelector;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.threat.Decisions;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import java.util.List;

/**
 * The threat findings still open: not decided away by a {@code tracking} entry (mitigated, accepted,
 * transferred, false-positive) and not excluded by an assumption. Blocking is matched on rule
 * metadata only, so rules added later block requirements without any change here.
 */
final class OpenFindings {
    /** One open finding: its id and the metadata of the rule that made it. */
    private record Open(String id, RuleMetadata rule) {}

    private final List<Open> open;

    OpenFindings(SystemModel model, List<ThreatEngine.Detection> detections) {
        Decisions decisions = Decisions.of(model);
        this.open = detections.stream()
                .filter(d -> decisions.isOpen(d.id()))
                .map(d -> new Open(d.id(), d.rule()))
                .toList();
    }

    private OpenFindings(List<Open> open) {
        this.open = open;
    }

    /** The open findings of an assessment, which has already applied tracking and assumptions. */
    static OpenFindings of(List<Finding> findings) {
        return new OpenFindings(findings.stream()
                .filter(Finding::isOpen)
                .map(f -> new Open(f.id(), f.rule()))
                .toList());
    }

    /** Whether no finding is open. */
    boolean none() {
        return open.isEmpty();
    }

    /** Ids of the open findings any selector matches, in detection order. */
    List<String> blocking(List<FindingSelector> selectors) {
        return open.stream()
                .filter(d -> selectors.stream().anyMatch(s -> matches(s, d.rule())))
                .map(Open::id)
                .distinct()
                .toList();
    }

    static boolean matches(FindingSelector selector, RuleMetadata rule) {
        return switch (selector.tag()) {
            case "theme" -> rule.themes().contains(selector.value());
            case "fdaControl" -> selector.value().equals(rule.fdaControlCategory());
            case "dittaPrinciple" -> selector.value().equals(rule.dittaPrinciple());
            default -> throw new IllegalArgumentException("unknown finding tag '" + selector.tag() + "'");
        };
    }
}
