package dev.vigil.engine.sbom;

import java.util.List;
import java.util.Objects;

/**
 * The component-level elements one component lacks.
 *
 * @param missing in {@link QualityElement} order; empty when the component is complete
 */
public record ComponentQuality(String ref, String displayName, List<QualityElement> missing) {
    public ComponentQuality {
        Objects.requireNonNull(ref, "ref == null");
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
