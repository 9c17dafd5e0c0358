package dev.vigil.engine.compliance;

import java.util.List;

/**
 * How far the model satisfies one evidence term of a requirement.
 *
 * @param evidence what satisfied it, as model facts ({@code lifecycle.monitoring.cvdPolicy = https://...})
 * @param shortfall what is missing or wrong, in one clause naming the facts; empty when the term holds
 * @param note why a term holds without facts (nothing to state), for the row's reason; empty otherwise
 */
record TermResult(Outcome outcome, List<String> evidence, String shortfall, String note) {

    TermResult {
        evidence = List.copyOf(evidence);
    }

    static TermResult holds(List<String> evidence) {
        return new TermResult(Outcome.HOLDS, evidence, "", "");
    }

    /** Holds because the model has nothing the term asks about; {@code why} says so in the reason. */
    static TermResult holdsBecause(String why) {
        return new TermResult(Outcome.HOLDS, List.of(why), "", why);
    }

    static TermResult partly(List<String> evidence, String shortfall) {
        return new TermResult(Outcome.PARTLY, evidence, shortfall, "");
    }

    static TermResult fails(String shortfall) {
        return new TermResult(Outcome.FAILS, List.of(), shortfall, "");
    }

    /** Whether the term holds for every element it covers, for some, or for none. */
    enum Outcome {
        HOLDS,
        PARTLY,
        FAILS
    }
}
