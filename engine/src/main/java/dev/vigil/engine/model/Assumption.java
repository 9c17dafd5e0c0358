package dev.vigil.engine.model;

import java.util.List;

/** A stated assumption; it may switch a rule off for an element. */
public record Assumption(String id, String text, List<Exclusion> excludes) implements Element {
    public Assumption {
        excludes = List.copyOf(excludes);
    }

    public record Exclusion(String rule, String element) {}
}
