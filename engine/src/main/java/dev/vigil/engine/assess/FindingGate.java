package dev.vigil.engine.assess;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.risk.Severity;
import java.util.List;

/** A policy on threat findings: fails when an open finding is uncontrolled, or reaches a severity. */
public enum FindingGate {
    UNCONTROLLED,
    CRITICAL,
    HIGH,
    MEDIUM;

    /** Whether an open finding reaches this gate; decided findings (tracking) never fail it. */
    public boolean failedBy(List<Finding> findings) {
        return findings.stream().filter(Finding::isOpen).anyMatch(f -> switch (this) {
            case UNCONTROLLED -> f.isUncontrolled();
            case CRITICAL -> f.score().severity() == Severity.CRITICAL;
            case HIGH -> f.score().severity().compareTo(Severity.HIGH) <= 0;
            case MEDIUM -> f.score().severity().compareTo(Severity.MEDIUM) <= 0;
        });
    }
}
