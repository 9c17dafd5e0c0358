package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.model.SystemModel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code model:} term. Without an operator a section must not be empty and a field must be stated
 * on every element that has its path; with {@code =} / {@code !=} every stated value must (not) equal
 * the term's value; {@code min}/{@code max} bound a number and {@code maxAgeDays} the age of a date. A fact
 * the model leaves out is unknown and never counts as satisfied. For build and supply-chain facts the sites
 * that build the product ({@code system.builtAt}) add their facts, labelled with the site.
 */
final class ModelFactCheck {

    private ModelFactCheck() {}

    static TermResult check(SystemModel model, Evidence.ModelFact term, LocalDate date) {
        return check(List.of(new Source("", model)), term, date);
    }

    /** One model whose facts count, and the prefix its labels get ({@code site <id>: } for a site). */
    record Source(String prefix, SystemModel model) {}

    static TermResult check(List<Source> sources, Evidence.ModelFact term, LocalDate date) {
        String path = term.path();
        List<ModelPaths.Fact> facts = new ArrayList<>();
        List<Object> sections = new ArrayList<>();
        boolean section = !path.contains("[]");
        for (Source source : sources) {
            for (ModelPaths.Fact f : ModelPaths.resolve(source.model(), path)) {
                facts.add(new ModelPaths.Fact(source.prefix() + f.label(), f.value()));
                f.value().filter(List.class::isInstance).ifPresent(sections::add);
            }
        }
        // a whole section (zones, tracking, system.essentialFunctions): it must not be empty somewhere
        if (section && !facts.isEmpty() && sections.size() == facts.size()) {
            List<String> stated = new ArrayList<>();
            for (ModelPaths.Fact f : facts) {
                int size = ((List<?>) f.value().get()).size();
                if (size > 0) {
                    stated.add(f.label() + " (" + size + ")");
                }
            }
            return stated.isEmpty() ? TermResult.fails(path + " has no entries") : TermResult.holds(stated);
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
            Optional<String> outside = outsideLimits(term.limits(), value, date);
            if (satisfies(term, value, shown) && outside.isEmpty()) {
                satisfied.add(fact.label() + " = " + shown);
            } else {
                wrong.add(fact.label()
                        + (value instanceof List<?> ? " is empty" : " = " + shown)
                        + outside.map(o -> " (" + o + ")").orElse(""));
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

    /** Why a value breaks the term's limits, or empty when it keeps them (or there are none). */
    static Optional<String> outsideLimits(Evidence.Limits limits, Object value, LocalDate date) {
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        if (limits.min().isPresent() || limits.max().isPresent()) {
            Optional<Integer> number = number(value);
            if (number.isEmpty()) {
                return Optional.of("not a number");
            }
            int n = number.get();
            if (limits.min().isPresent() && n < limits.min().getAsInt()) {
                return Optional.of("below the minimum of " + limits.min().getAsInt());
            }
            if (limits.max().isPresent() && n > limits.max().getAsInt()) {
                return Optional.of("more than the maximum of " + limits.max().getAsInt());
            }
        }
        if (limits.maxAgeDays().isPresent()) {
            Optional<LocalDate> stated = dateOf(value);
            if (stated.isEmpty()) {
                return Optional.of("no date to judge its age");
            }
            long age = ChronoUnit.DAYS.between(stated.get(), date);
            if (age > limits.maxAgeDays().getAsInt()) {
                return Optional.of(age + " days old on " + date + ", more than the "
                        + limits.maxAgeDays().getAsInt() + " days allowed");
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(Object value) {
        if (value instanceof Integer i) {
            return Optional.of(i);
        }
        String text = value instanceof dev.vigil.engine.model.Evidence.Reference r ? r.text() : String.valueOf(value);
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateOf(Object value) {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof dev.vigil.engine.model.Evidence.Dated d) {
            return Optional.of(d.date());
        }
        return Optional.empty();
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
