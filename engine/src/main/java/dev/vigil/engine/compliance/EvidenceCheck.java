package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.EvidenceVocabulary;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for one model, how far each catalog evidence term holds (docs/catalog-authoring.md,
 * "Evidence vocabulary"). Many requirements share terms, so results are kept per term.
 */
final class EvidenceCheck {
    /** Facts listed as evidence per term; a large model would otherwise list every component. */
    static final int MAX_FACTS = 8;

    private static final String SBOM_NOT_CHECKED = "SBOM content not checked by this version";

    private final SystemModel model;
    private final EvidenceVocabulary vocabulary;
    private final Map<String, TermResult> results = new HashMap<>();

    EvidenceCheck(SystemModel model, EvidenceVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    TermResult check(Evidence term) {
        return results.computeIfAbsent(term.term(), t -> evaluate(term));
    }

    private TermResult evaluate(Evidence term) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete
        if (term instanceof Evidence.Lifecycle l) {
            return lifecycle(l.key());
        }
        if (term instanceof Evidence.Control c) {
            return control(c.category());
        }
        if (term instanceof Evidence.ModelFact m) {
            return ModelFactCheck.check(model, m);
        }
        if (term instanceof Evidence.Sbom s) {
            return sbom(s.quality());
        }
        return ViewCheck.check(model, ((Evidence.View) term).view());
    }

    private TermResult lifecycle(String key) {
        String name = "lifecycle." + key;
        String[] parts = key.split("\\.");
        Optional<Lifecycle.Phase> phase = WireValue.parse(Lifecycle.Phase.class, parts[0]);
        Optional<dev.vigil.engine.model.Evidence> value =
                phase.flatMap(p -> model.lifecycle().find(p, parts[1]));
        for (int i = 2; i < parts.length && value.isPresent(); i++) {
            String field = parts[i];
            value = value.flatMap(
                    v -> v instanceof dev.vigil.engine.model.Evidence.Structured s ? s.field(field) : Optional.empty());
        }
        if (value.isEmpty()) {
            boolean proposed = vocabulary
                    .find("lifecycle", key)
                    .map(dev.vigil.engine.catalog.VocabularyTerm::proposed)
                    .orElse(false);
            return TermResult.fails(
                    name + " not stated" + (proposed ? " (a key model format 1 does not define yet)" : ""));
        }
        if (!value.get().affirms()) {
            return TermResult.fails(name + " is " + ModelPaths.text(value.get()));
        }
        return TermResult.holds(List.of(name + " = " + ModelPaths.text(value.get())));
    }

    private TermResult control(String category) {
        List<String> claimed = model.controls().stream()
                .filter(c -> c.category().wire().equals(category))
                .map(c -> "controls." + c.id() + " (" + category + ")")
                .toList();
        return claimed.isEmpty()
                ? TermResult.fails("no control of category " + category + " in controls")
                : TermResult.holds(claimed);
    }

    /**
     * {@code present} is judged from the components' {@code sbom} paths (the loader has checked the
     * files exist); the quality levels need the SBOM contents, which this version does not read.
     */
    private TermResult sbom(String quality) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.sbom().isPresent()) {
                present.add("components." + c.id() + ".sbom = " + c.sbom().get());
            } else if (c.software().isPresent()
                    && c.owner().map(o -> o == Component.Owner.MANUFACTURER).orElse(true)) {
                // a third party's component is its supplier's to describe; an unknown owner is not excused
                missing.add(c.id());
            }
        }
        if (!quality.equals("present")) {
            return present.isEmpty()
                    ? TermResult.fails("no SBOM to check for sbom: " + quality)
                    : TermResult.partly(cap(present), SBOM_NOT_CHECKED + " (sbom: " + quality + ")");
        }
        if (present.isEmpty()) {
            return TermResult.fails(
                    missing.isEmpty()
                            ? "no component points to an SBOM (components[].sbom)"
                            : "no SBOM for " + listed(missing) + " (components with software, components[].sbom)");
        }
        if (!missing.isEmpty()) {
            return TermResult.partly(
                    cap(present), "no SBOM for " + listed(missing) + " (manufacturer components with software)");
        }
        return TermResult.holds(cap(present));
    }

    static List<String> cap(List<String> facts) {
        if (facts.size() <= MAX_FACTS) {
            return facts;
        }
        List<String> shown = new ArrayList<>(facts.subList(0, MAX_FACTS));
        shown.add("... and " + (facts.size() - MAX_FACTS) + " more");
        return shown;
    }

    /** Up to three items and how many more, for reasons that stay one line. */
    static String listed(List<String> items) {
        if (items.size() <= 3) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
    }
}
