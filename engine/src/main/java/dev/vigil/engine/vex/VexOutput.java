package dev.vigil.engine.vex;

import java.util.List;
import java.util.Objects;

/** A written VEX document and what the target format could not say (each a line for the user). */
public record VexOutput(String json, List<String> warnings) {
    public VexOutput {
        Objects.requireNonNull(json, "json == null");
        warnings = List.copyOf(warnings);
    }
}
