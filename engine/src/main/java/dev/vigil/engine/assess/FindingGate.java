package dev.vigil.engine.assess;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.risk.Severity;
import java.util.List;
import java.util.Optional;

/** A policy on threat findings: fails when an open finding is uncontrolled, or reaches a severity. */
public enum FindingGate {
    UNCONTROLLED,
    CRITICAL,
    HIGH,
    MEDIUM;

    /** Whether an open finding reaches this gate; decided findings (tracking) never fail it. */
    public boolean failedBy(List<Finding> findings) {
        return why(findings).isPresent();
    }

    /**
     * Why the gate fails, empty when it passes. The uncontrolled gate also fails when open weaknesses exist
     * but none reaches a hazard: harm cannot be rated then, and "nothing uncontrolled" would be a false pass.
     */
    public Optional<String> why(List<Finding> findings) {
        List<Finding> open = findings.stream().filter(Finding::isOpen).toList();
        if (this == UNCONTROLLED) {
            long uncontrolled = open.stream().filter(Finding::isUncontrolled).count();
            if (uncontrolled > 0) {
                return Optional.of(uncontrolled + " open finding(s) are uncontrolled under the risk matrix");
            }
            // Process findings (no attack vector) never get a controlled verdict, so they do not count here.
            List<Finding> attacks = open.stream()
                    .filter(f -> f.kind() == dev.vigil.engine.threat.rules.Hit.Kind.WEAKNESS
                            && f.score().cvssVector() != null)
                    .toList();
            if (!attacks.isEmpty()
                    && attacks.stream().allMatch(f -> f.score().controlled().isEmpty())) {
                return Optional.of(attacks.size() + " open weakness(es), the worst "
                        + attacks.get(0).id()
                        + " (" + attacks.get(0).score().severity().wire() + "), reach no hazard, so whether"
                        + " their risk is controlled cannot be rated: link hazards to essential functions"
                        + " (system.essentialFunctions[].hazards) and those to components");
            }
            return Optional.empty();
        }
        List<Finding> reaching = open.stream()
                .filter(f -> switch (this) {
                    case CRITICAL -> f.score().severity() == Severity.CRITICAL;
                    case HIGH -> f.score().severity().compareTo(Severity.HIGH) <= 0;
                    case MEDIUM -> f.score().severity().compareTo(Severity.MEDIUM) <= 0;
                    case UNCONTROLLED -> false;
                })
                .toList();
        return reaching.isEmpty()
                ? Optional.empty()
                : Optional.of(reaching.size() + " open finding(s) reach " + name().toLowerCase(java.util.Locale.ROOT)
                        + ", the first " + reaching.get(0).id());
    }
}
