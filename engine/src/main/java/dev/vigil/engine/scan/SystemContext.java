package dev.vigil.engine.scan;

import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Zone;
import java.util.List;
import java.util.Optional;

/**
 * What a system model says about the component a package came from; every fact may be unknown.
 *
 * @param componentId the model component whose {@code sbom} listed the package
 * @param zoneTrust the trust of the component's zone
 * @param exposure the most exposed network among the flows the component takes part in; empty when a
 *     flow leaves its network unstated
 * @param reachable false when no flow reaches the component at all
 * @param therapyPath the component delivers therapy or carries an essential function
 * @param worstHarm the worst harm severity of the hazards behind its essential functions
 * @param multiPatient whether one compromise reaches many patients (empty: unknown)
 */
public record SystemContext(
        String componentId,
        Zone.Trust zoneTrust,
        Optional<Flow.Network> exposure,
        boolean reachable,
        boolean therapyPath,
        List<String> essentialFunctions,
        Optional<Hazard.Severity> worstHarm,
        Optional<Boolean> multiPatient) {

    public SystemContext {
        essentialFunctions = List.copyOf(essentialFunctions);
    }
}
