package dev.vigil.engine.risk;

import dev.vigil.engine.model.Hazard;
import java.util.List;
import java.util.Optional;

/**
 * How exposed one model element is, read from the model alone: the exploitability of reaching it, the
 * CVSS v3.1 base vector that follows when every impact its data allows is assumed, and the worst patient
 * harm of the essential functions of the components it reaches ({@code harm} is empty when no hazard is
 * linked to them).
 *
 * @param scope in words, what the element reaches (for reports)
 * @param components the ids of the components the element reaches
 */
public record ElementExposure(
        String element,
        String scope,
        List<String> components,
        Exploitability exploitability,
        String derivedVector,
        double derivedScore,
        Optional<Hazard.Severity> harm,
        List<String> hazards,
        List<String> impactReasons) {

    public ElementExposure {
        components = List.copyOf(components);
        hazards = List.copyOf(hazards);
        impactReasons = List.copyOf(impactReasons);
    }
}
