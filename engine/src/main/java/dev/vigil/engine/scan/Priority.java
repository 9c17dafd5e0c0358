package dev.vigil.engine.scan;

import java.util.List;

/**
 * The priority of one finding.
 *
 * @param score 0 or more, higher is more urgent; above 10 when context aggravates a CVSS 10
 * @param factors each input and what it did to the score, in the order applied
 */
public record Priority(double score, PriorityBand band, List<String> factors) {
    public Priority {
        factors = List.copyOf(factors);
    }
}
