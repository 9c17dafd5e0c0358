package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** A manufacturing step at a site: what a station injects into products and how it is verified. */
public record ProductionStep(
        String id,
        String name,
        String station,
        List<String> injects,
        Verification verification,
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
