package dev.vigil.engine.threat.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a rule found on one element: a weakness, or the lack of a fact the rule needs (omitted facts are
 * unknown, never assumed safe). {@code facts} names the exact model facts that triggered it, as
 * {@code element.field=value}, for people; {@code typedFacts} carries the facts scoring reads (empty for
 * rules not yet converted to typed facts, whose facts scoring does not read).
 */
public record Hit(String element, Kind kind, String explanation, List<String> facts, List<Fact> typedFacts) {

    public Hit {
        Objects.requireNonNull(element, "element == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(explanation, "explanation == null");
        facts = List.copyOf(facts);
        typedFacts = List.copyOf(typedFacts);
    }

    public Hit(String element, Kind kind, String explanation, List<String> facts) {
        this(element, kind, explanation, facts, List.of());
    }

    /** A hit from typed facts, worded for people through {@link Fact#text()}. */
    public static Hit of(String element, Kind kind, String explanation, List<Fact> facts) {
        return new Hit(
                element, kind, explanation, facts.stream().map(Fact::text).toList(), facts);
    }

    /** The same hit with its facts worded differently; what scoring reads stays as it is. */
    public Hit reworded(java.util.function.UnaryOperator<String> wording) {
        return new Hit(element, kind, explanation, facts.stream().map(wording).toList(), typedFacts);
    }

    public static Hit weakness(String element, String explanation, String... facts) {
        return new Hit(element, Kind.WEAKNESS, explanation, List.of(facts));
    }

    public static Hit notEnoughInformation(String element, String explanation, String... facts) {
        return new Hit(element, Kind.NOT_ENOUGH_INFORMATION, explanation, List.of(facts));
    }

    /**
     * The usual outcome of a rule that sorts an element's facts into weak and unstated ones: a weakness
     * naming all of them when any fact is weak, else "not enough information" when any is unstated, else
     * nothing.
     */
    public static java.util.Optional<Hit> fromFacts(
            String element,
            List<String> weak,
            String weakExplanation,
            List<String> unknown,
            String unknownExplanation) {
        if (!weak.isEmpty()) {
            List<String> facts = new java.util.ArrayList<>(weak);
            facts.addAll(unknown);
            return java.util.Optional.of(new Hit(element, Kind.WEAKNESS, weakExplanation, facts));
        }
        if (!unknown.isEmpty()) {
            return java.util.Optional.of(new Hit(element, Kind.NOT_ENOUGH_INFORMATION, unknownExplanation, unknown));
        }
        return java.util.Optional.empty();
    }

    public enum Kind {
        WEAKNESS,
        NOT_ENOUGH_INFORMATION;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
