package dev.vigil.engine.compliance;

import java.util.Locale;

/** Where a system stands against one requirement; declared from worst to best, then out of scope. */
public enum ComplianceStatus {
    GAP,
    PARTIAL,
    MET,
    NOT_APPLICABLE;

    /** The status as reports spell it: {@code met}, {@code partial}, {@code gap}, {@code not-applicable}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
