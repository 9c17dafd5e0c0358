package dev.vigil.engine.model;

/** An ISO 14971 hazard that a security failure can lead to. */
public record Hazard(String id, String name, String harm, Severity severity) implements Element {

    /** ISO 14971 severity of harm, ordered from least to worst. */
    public enum Severity implements WireValue {
        NEGLIGIBLE,
        MINOR,
        SERIOUS,
        CRITICAL,
        CATASTROPHIC
    }
}
