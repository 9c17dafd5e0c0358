package dev.vigil.engine.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Evidence of lifecycle practices, phase by phase (ANSM's five phases). */
public record Lifecycle(Map<Phase, Map<String, Evidence>> evidence) {

    public static final Lifecycle NONE = new Lifecycle(Map.of());

    public Lifecycle {
        Map<Phase, Map<String, Evidence>> copy = new EnumMap<>(Phase.class);
        evidence.forEach((phase, items) -> copy.put(phase, Map.copyOf(items)));
        evidence = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<Evidence> find(Phase phase, String key) {
        return Optional.ofNullable(evidence.getOrDefault(phase, Map.of()).get(key));
    }

    /** ANSM's lifecycle phases as the model format names them. */
    public enum Phase implements WireValue {
        DESIGN("design"),
        DEVELOPMENT("development"),
        FIRST_USE("firstUse"),
        MONITORING("monitoring"),
        END_OF_LIFE("endOfLife");

        private final String key;

        Phase(String key) {
            this.key = key;
        }

        /** The key of the phase in a model file (camelCase, like every other key). */
        @Override
        public String wire() {
            return key;
        }
    }
}
