package dev.vigil.engine.threat.rules;

import java.util.Objects;

/**
 * One model fact a rule relied on: the id of the element it is about, its path from the model root and
 * its value. Scoring reads these fields; {@link #text()} is only the wording shown to people.
 */
public record Fact(String element, String path, String value) {

    /** The value of a fact the model leaves out. */
    public static final String NOT_STATED = "(not stated)";

    public Fact {
        Objects.requireNonNull(element, "element == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(value, "value == null");
    }

    /** The field of a component that says whether its debug ports are locked; scoring reads it. */
    public static final String DEBUG_PORTS_LOCKED = "hardening.debugPortsLocked";

    /** The path of a field of a component from the model root. */
    public static String componentPath(String component, String field) {
        return "components." + component + "." + field;
    }

    public String text() {
        return path + "=" + value;
    }
}
