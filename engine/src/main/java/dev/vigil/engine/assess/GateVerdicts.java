package dev.vigil.engine.assess;

import java.util.List;

/**
 * What the gates asked of an assessment decided: each is false when its gate was not asked for, and
 * {@code reasons} says in one line per failed gate why. A command exits with its policy code when
 * {@link #anyFailed()}.
 */
public record GateVerdicts(
        boolean findingGateFailed,
        boolean vulnerabilityGateFailed,
        boolean complianceGateFailed,
        List<String> reasons) {

    public GateVerdicts {
        reasons = List.copyOf(reasons);
    }

    public GateVerdicts(boolean findingGateFailed, boolean vulnerabilityGateFailed, boolean complianceGateFailed) {
        this(findingGateFailed, vulnerabilityGateFailed, complianceGateFailed, List.of());
    }

    public boolean anyFailed() {
        return findingGateFailed || vulnerabilityGateFailed || complianceGateFailed;
    }
}
