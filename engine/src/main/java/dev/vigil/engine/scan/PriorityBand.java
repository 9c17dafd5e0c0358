package dev.vigil.engine.scan;

import java.util.Locale;

/** Priority bands, from most to least urgent. */
public enum PriorityBand {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this band is at least as urgent as {@code other}. */
    public boolean atLeast(PriorityBand other) {
        return ordinal() <= other.ordinal();
    }
}
