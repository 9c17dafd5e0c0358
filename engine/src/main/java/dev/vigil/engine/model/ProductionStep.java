package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A manufacturing step at a site: what a station injects into products and how it is verified. A step that
 * injects nothing need not state a verification.
 */
public record ProductionStep(
        String id,
        String name,
        String station,
        List<String> injects,
        Optional<Verification> verification,
        Optional<String> keySource,
        List<String> produces,
        Optional<Flow.Integrity> recordIntegrity)
        implements Element {

    public ProductionStep {
        injects = List.copyOf(injects);
        produces = List.copyOf(produces);
    }

    public enum Verification implements WireValue {
        NONE,
        HASH,
        SIGNATURE
    }
}
