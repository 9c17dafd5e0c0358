package dev.vigil.engine.portfolio;

import dev.vigil.engine.scan.VulnerabilityFinding;
import java.util.Objects;
import java.util.Optional;

/**
 * One vulnerability of one component that a check found new, found different, or no longer found.
 *
 * @param before the finding as the portfolio last knew it; empty when {@link Kind#ADDED}
 * @param after the finding now; empty when {@link Kind#REMOVED}
 */
public record FindingChange(
        Kind kind, String sbom, Optional<VulnerabilityFinding> before, Optional<VulnerabilityFinding> after) {

    public enum Kind {
        ADDED,
        /** Same vulnerability on the same component, but other evidence, scores or priority. */
        CHANGED,
        REMOVED
    }

    public FindingChange {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(sbom, "sbom == null");
        boolean consistent =
                switch (kind) {
                    case ADDED -> before.isEmpty() && after.isPresent();
                    case CHANGED -> before.isPresent() && after.isPresent();
                    case REMOVED -> before.isPresent() && after.isEmpty();
                };
        if (!consistent) {
            throw new IllegalArgumentException(
                    kind + " change with before=" + before.isPresent() + ", after=" + after.isPresent());
        }
    }

    /** The vulnerability id (CVE when known). */
    public String id() {
        return after.or(() -> before).orElseThrow().id();
    }

    /** The component as reports name it (purl, else name@version). */
    public String component() {
        return after.or(() -> before).orElseThrow().componentLabel();
    }
}
