package dev.vigil.engine.vex;

import java.util.Objects;
import java.util.Optional;

/**
 * A justification as the document wrote it ({@code original}, e.g. CycloneDX's {@code code_not_reachable})
 * and the CISA category it means, when it maps onto one.
 */
public record Justification(Optional<VexJustification> category, String original) {

    public Justification {
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(original, "original == null");
        if (original.isBlank()) {
            throw new IllegalArgumentException("original justification is blank");
        }
    }

    /** A justification written with a CISA label. */
    public static Justification of(VexJustification category) {
        return new Justification(Optional.of(category), category.id());
    }

    /** {@code vulnerable_code_not_in_execute_path (code_not_reachable)}, or just the label when both agree. */
    public String describe() {
        return category.map(c -> c.id().equals(original) ? original : c.id() + " (" + original + ")")
                .orElse(original);
    }
}
