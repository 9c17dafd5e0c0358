package dev.vigil.engine.model;

import java.util.List;

/** A security control the manufacturer claims, in one of the eight FDA control categories. */
public record Control(String id, String name, Category category, List<String> appliesTo, List<String> evidence)
        implements Element {

    public Control {
        appliesTo = List.copyOf(appliesTo);
        evidence = List.copyOf(evidence);
    }

    public enum Category implements WireValue {
        AUTHENTICATION,
        AUTHORIZATION,
        CRYPTOGRAPHY,
        CODE_DATA_EXECUTION_INTEGRITY,
        CONFIDENTIALITY,
        EVENT_DETECTION_LOGGING,
        RESILIENCY_RECOVERY,
        UPDATABILITY_PATCHABILITY
    }
}
