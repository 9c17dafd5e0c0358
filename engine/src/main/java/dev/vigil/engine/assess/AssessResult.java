package dev.vigil.engine.assess;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.support.SupportOutlook;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one assessment made: the scored findings always; compliance, the vulnerability check and the
 * diagrams and the support outlook ("support ends within N days") when asked for (a vulnerability check not asked
 * for says so, it is never an empty scan); and the gate verdicts.
 */
public record AssessResult(
        Assessment assessment,
        Optional<ComplianceReport> compliance,
        VulnerabilityCheck vulnerabilities,
        List<Diagram> diagrams,
        Optional<SupportOutlook> support,
        GateVerdicts gates) {

    static final String NOT_ASKED = "vulnerabilities not checked (not asked for)";

    public AssessResult {
        Objects.requireNonNull(assessment, "assessment == null");
        Objects.requireNonNull(compliance, "compliance == null");
        Objects.requireNonNull(vulnerabilities, "vulnerabilities == null");
        diagrams = List.copyOf(diagrams);
        Objects.requireNonNull(support, "support == null");
        Objects.requireNonNull(gates, "gates == null");
    }
}
