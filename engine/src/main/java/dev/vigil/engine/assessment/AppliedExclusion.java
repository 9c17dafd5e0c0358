package dev.vigil.engine.assessment;

import dev.vigil.engine.model.FindingId;
import java.util.Optional;

/**
 * An assumption's exclusion of one rule for one element, and the finding it removed (empty when the rule
 * did not fire there, so the exclusion currently changes nothing).
 */
public record AppliedExclusion(
        String assumption, String text, String rule, String element, Optional<String> removedFinding) {

    public String findingId() {
        return new FindingId(rule, element).toString();
    }
}
