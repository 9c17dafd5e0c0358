package dev.vigil.engine.risk;

import dev.vigil.engine.model.Hazard;
import java.util.List;
import java.util.Optional;

/**
 * The scoring of one finding: exploitability, the CVSS v3.1 base vector and score it yields, the severity,
 * the worst patient harm reachable, and whether the risk is controlled under the risk matrix ({@code
 * controlled} is empty when no hazard is linked to the affected components).
 */
public record RiskScore(
        Exploitability exploitability,
        String cvssVector,
        double cvssScore,
        Severity severity,
        Optional<Hazard.Severity> harmSeverity,
        List<String> hazards,
        Optional<Boolean> controlled,
        List<String> impactReasons) {

    public RiskScore {
        hazards = List.copyOf(hazards);
        impactReasons = List.copyOf(impactReasons);
    }

    public boolean multiPatient() {
        return exploitability.multiPatient();
    }
}
