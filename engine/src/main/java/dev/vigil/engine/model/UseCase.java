package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** An operational scenario: flows in order. */
public record UseCase(String id, String name, List<String> flows, Optional<State> state) implements Element {
    public UseCase {
        flows = List.copyOf(flows);
    }

    public enum State implements WireValue {
        PAIRING,
        THERAPY,
        REMOTE_PROGRAMMING,
        SERVICE,
        UPDATE,
        EMERGENCY,
        DEGRADED
    }
}
