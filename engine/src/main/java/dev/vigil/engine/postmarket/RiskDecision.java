package dev.vigil.engine.postmarket;

import dev.vigil.engine.model.Hazard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The risk decision for one vulnerability of a case, as the FDA postmarket guidance frames it: exploitability
 * × severity of patient harm through the risk matrix, with every factor and its reason.
 *
 * @param cvssVector the vector the case states, or the one derived from the model when it states none
 * @param vectorStated whether {@code cvssVector} is the case's own
 * @param band the exploitability band (1..5) that went into the matrix, worst over the elements
 * @param harm the worst ISO 14971 severity of the hazards reached; empty when no hazard is linked
 * @param factors every factor that decided it, in order, each with its reason
 */
public record RiskDecision(
        String vulnerability,
        Verdict verdict,
        String cvssVector,
        boolean vectorStated,
        double cvssScore,
        int band,
        Optional<Hazard.Severity> harm,
        List<String> hazards,
        String matrix,
        List<Factor> factors) {

    public RiskDecision {
        hazards = List.copyOf(hazards);
        factors = List.copyOf(factors);
    }

    /** Controlled, uncontrolled, or not assessable when no hazard is linked to what the vulnerability reaches. */
    public enum Verdict {
        CONTROLLED,
        UNCONTROLLED,
        NOT_ASSESSABLE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Uncontrolled or not assessable: the clocks of an uncontrolled risk run (the worst case). */
        public boolean treatedAsUncontrolled() {
            return this != CONTROLLED;
        }
    }

    /**
     * One factor: what it is about ({@code element} is empty for the vulnerability as a whole), its name, the
     * value chosen, why, and the model facts it was read from.
     */
    public record Factor(Optional<String> element, String name, String value, String reason, List<String> facts) {
        public Factor {
            facts = List.copyOf(facts);
        }
    }
}
