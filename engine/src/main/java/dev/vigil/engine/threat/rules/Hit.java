package dev.vigil.engine.threat.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a rule found on one element: a weakness, or the lack of a fact the rule needs (omitted facts are
 * unknown, never assumed safe). {@code typedFacts} are the exact model facts that triggered it; scoring and
 * every other reader use them, and {@link #facts()} words them for people. A hit can only be made from
 * typed facts, so no rule can hand over a display string that a reader would have to parse back.
 */
public record Hit(String element, Kind kind, String explanation, List<Fact> typedFacts) {

    public Hit {
        Objects.requireNonNull(element, "element == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(explanation, "explanation == null");
        typedFacts = List.copyOf(typedFacts);
    }

    /** The facts as shown to people, {@code element.field=value} or as the rule worded them. */
    public List<String> facts() {
        return typedFacts.stream().map(Fact::text).toList();
    }

    public static Hit weakness(String element, String explanation, Fact... facts) {
        return new Hit(element, Kind.WEAKNESS, explanation, List.of(facts));
    }

    public static Hit notEnoughInformation(String element, String explanation, Fact... facts) {
        return new Hit(element, Kind.NOT_ENOUGH_INFORMATION, explanation, List.of(facts));
    }

    /** The same hit with its facts worded differently; what they state, and so what scoring reads, stays. */
    public Hit reworded(UnaryOperator<String> wording) {
        return new Hit(
                element,
                kind,
                explanation,
                typedFacts.stream().map(f -> f.worded(wording.apply(f.text()))).toList());
    }

    /**
     * The usual outcome of a rule that sorts an element's facts into weak and unstated ones: a weakness
     * naming all of them when any fact is weak, else "not enough information" when any is unstated, else
     * nothing.
     */
    public static Optional<Hit> fromFacts(
            String element, List<Fact> weak, String weakExplanation, List<Fact> unknown, String unknownExplanation) {
        if (!weak.isEmpty()) {
            List<Fact> facts = new ArrayList<>(weak);
            facts.addAll(unknown);
            return Optional.of(new Hit(element, Kind.WEAKNESS, weakExplanation, facts));
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new Hit(element, Kind.NOT_ENOUGH_INFORMATION, unknownExplanation, unknown));
        }
        return Optional.empty();
    }

    public enum Kind {
        WEAKNESS,
        NOT_ENOUGH_INFORMATION;

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
