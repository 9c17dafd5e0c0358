package dev.vigil.engine.postmarket.clocks;

import java.util.Locale;
import java.util.Optional;

/** The facts a clock rule's {@code when} and {@code unless} lists are made of; the case and the decision set them. */
public enum Condition {
    ALWAYS,
    /** At least one vulnerability is an uncontrolled risk, or its risk could not be assessed (worst case). */
    UNCONTROLLED,
    /** Every vulnerability is a controlled risk. */
    CONTROLLED,
    /** A vulnerability is known to have caused serious adverse events or deaths. */
    ADVERSE_EVENTS,
    /** A vulnerability is known to be exploited. */
    EXPLOITED,
    /** A death or an unanticipated serious deterioration in health (known adverse events count as such). */
    DEATH_OR_SERIOUS_DETERIORATION,
    PUBLIC_HEALTH_THREAT,
    REMEDIAL_ACTION,
    /** Any of: adverse events, death or serious deterioration, a public health threat. */
    SERIOUS_INCIDENT,
    /** A significant incident in the sense of NIS2. */
    SIGNIFICANT_INCIDENT,
    /** The manufacturer is an essential or important entity under NIS2 (the case's {@code nis2: true}). */
    NIS2,
    /**
     * One of the FDA 2016 guidance's conditions for not enforcing 21 CFR 806 fails: known serious adverse
     * events, customers not told within 30 days, no fix within 60 days, or nothing shared with an ISAO.
     */
    FDA_CONDITIONS_UNMET;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Condition> of(String wire) {
        for (Condition c : values()) {
            if (c.wire().equals(wire)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
