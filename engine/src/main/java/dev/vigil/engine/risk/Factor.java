package dev.vigil.engine.risk;

import java.util.List;
import java.util.Objects;

/**
 * One derived CVSS metric: the value chosen, why, and the model facts ({@code element.field=value}) it was
 * read from. When a fact is missing the reason says which worst case was assumed.
 */
public record Factor(String value, String reason, List<String> facts) {
    public Factor {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(reason, "reason == null");
        facts = List.copyOf(facts);
    }
}
