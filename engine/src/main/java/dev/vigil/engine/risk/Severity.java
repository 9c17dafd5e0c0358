package dev.vigil.engine.risk;

import dev.vigil.engine.cvss.CvssSeverity;
import java.util.Locale;

/** A finding's severity, from its CVSS score; ordered from worst to least so that findings sort by it. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    /** A CVSS score of 0.0, or a finding that reports missing facts rather than a weakness. */
    INFO;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Severity of(double cvssScore) {
        return switch (CvssSeverity.of(cvssScore)) {
            case CRITICAL -> CRITICAL;
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
            case NONE -> INFO;
        };
    }
}
