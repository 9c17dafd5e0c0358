package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.model.SystemModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code model:} term. Without an operator a section must not be empty and a field must be stated
 * on every element that has its path; with {@code =} / {@code !=} every stated value must (not) equal
 * the term's value. A fact the model leaves out is unknown and never counts as satisfied.
 */
final class ModelFactCheck {

    private ModelFactCheck() {}

    static TermResult check(SystemModel model, Evidence.ModelFact term) {
        String path = term.path();
        List<ModelPaths.Fact> facts = ModelPaths.resolve(model, path);
        // a whole section (zones, tracking, system.essentialFunctions): it must not be empty
        if (!path.contains("[]") && facts.size() == 1 && facts.get(0).value().orElse(null) instanceof List<?> list) {
            return list.isEmpty()
                    ? TermResult.fails(path + " has no entries")
                    : TermResult.holds(List.of(path + " (" + list.size() + ")"));
        }
        if (facts.isEmpty()) {
            return TermResult.fails("no " + parent(path) + " to check for " + text(term));
        }
        List<String> satisfied = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ModelPaths.Fact fact : facts) {
            if (fact.value().isEmpty()) {
                unknown.add(fact.label());
                continue;
            }
            Object value = fact.value().get();
            String shown = ModelPaths.text(value);
            if (satisfies(term, value, shown)) {
                satisfied.add(fact.label() + " = " + shown);
            } else {
                wrong.add(fact.label() + (value instanceof List<?> ? " is empty" : " = " + shown));
            }
        }
        if (wrong.isEmpty() && unknown.isEmpty()) {
            return TermResult.holds(EvidenceCheck.cap(satisfied));
        }
        List<String> problems = new ArrayList<>(wrong);
        unknown.forEach(u -> problems.add(u + " not stated"));
        String shortfall = text(term) + " not met: " + EvidenceCheck.listed(problems);
        return satisfied.isEmpty()
                ? TermResult.fails(shortfall)
                : TermResult.partly(EvidenceCheck.cap(satisfied), shortfall);
    }

    private static boolean satisfies(Evidence.ModelFact term, Object value, String shown) {
        return switch (term.operator()) {
            case EQUALS -> shown.equals(term.value());
            case NOT_EQUALS -> !shown.equals(term.value());
                // a list must name something; lifecycle-style evidence (fail-safe) must not be a plain "no"
            case STATED -> value instanceof List<?> list
                    ? !list.isEmpty()
                    : !(value instanceof dev.vigil.engine.model.Evidence e) || e.affirms();
        };
    }

    private static String text(Evidence.ModelFact term) {
        return term.term().substring("model: ".length());
    }

    /** {@code components[].accounts[].authentication} -> {@code components[].accounts[]}. */
    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
