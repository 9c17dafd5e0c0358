package dev.vigil.engine.assess;

/**
 * What the gates asked of an assessment decided: each is false when its gate was not asked for. A
 * command exits with its policy code when {@link #anyFailed()}.
 */
public record GateVerdicts(boolean findingGateFailed, boolean vulnerabilityGateFailed, boolean complianceGateFailed) {

    public boolean anyFailed() {
        return findingGateFailed || vulnerabilityGateFailed || complianceGateFailed;
    }
}
