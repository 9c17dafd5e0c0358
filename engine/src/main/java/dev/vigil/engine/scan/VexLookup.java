package dev.vigil.engine.scan;

import java.util.Optional;
import java.util.Set;

/**
 * The seam where VEX statements join a scan: the VEX reader (being written separately) implements it;
 * without VEX documents, {@link #NONE} answers nothing and findings keep a null VEX status.
 */
@FunctionalInterface
public interface VexLookup {
    VexLookup NONE = (id, aliases, purl) -> Optional.empty();

    /**
     * The statement for a vulnerability (by its id or any alias) in the component with this purl (or
     * {@code name@version} when it has none).
     */
    Optional<VexStatement> find(String vulnerabilityId, Set<String> aliases, String component);
}
