package dev.vigil.engine.compliance;

import java.util.Locale;

/**
 * Where a system stands against one requirement; declared from worst to best, then the two statuses that
 * are not judgements: not assessable (the model cannot state what the requirement needs; judge it by hand)
 * and out of scope.
 */
public enum ComplianceStatus {
    GAP,
    PARTIAL,
    MET,
    NOT_ASSESSABLE,
    NOT_APPLICABLE;

    /**
     * The status as reports spell it: {@code met}, {@code partial}, {@code gap}, {@code not-assessable},
     * {@code not-applicable}.
     */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this is a judgement of the requirement from the model (met, partial or gap). */
    public boolean judged() {
        return compareTo(MET) <= 0;
    }
}
