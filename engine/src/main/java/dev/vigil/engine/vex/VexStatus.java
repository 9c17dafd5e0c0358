package dev.vigil.engine.vex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four statuses every VEX format can express (CISA's minimum requirements for VEX). */
public enum VexStatus {
    NOT_AFFECTED,
    AFFECTED,
    FIXED,
    UNDER_INVESTIGATION;

    /** The status as OpenVEX and CISA spell it, e.g. {@code not_affected}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for its {@link #id()}, if it is one. */
    public static Optional<VexStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
