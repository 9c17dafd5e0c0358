package dev.vigil.engine.model;

import java.time.LocalDate;
import java.util.Optional;

/** A decision about one finding, named as {@code <rule-id>@<element-id>}. */
public record Tracking(
        String finding, Status status, Optional<String> justification, Optional<String> by, Optional<LocalDate> date) {

    public enum Status implements WireValue {
        OPEN,
        MITIGATED,
        ACCEPTED,
        TRANSFERRED,
        FALSE_POSITIVE
    }
}
