package dev.vigil.engine.assessment;

import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.risk.RiskScore;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.rules.Hit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scored finding: a rule's hit on an element, with its score and the tracking decision that applies
 * ({@code status} is open when the model records none).
 */
public record Finding(
        String id,
        RuleMetadata rule,
        String element,
        Hit.Kind kind,
        String explanation,
        List<String> facts,
        RiskScore score,
        Tracking.Status status,
        Optional<Tracking> tracking) {

    public Finding {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(score, "score == null");
        Objects.requireNonNull(status, "status == null");
        facts = List.copyOf(facts);
    }

    public boolean isOpen() {
        return status == Tracking.Status.OPEN;
    }

    /** Uncontrolled under the risk matrix; false when controlled or when no hazard is linked. */
    public boolean isUncontrolled() {
        return score.controlled().map(c -> !c).orElse(false);
    }
}
