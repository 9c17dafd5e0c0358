package dev.vigil.engine.threat;

import dev.vigil.engine.model.FindingId;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.threat.rules.Fact;
import dev.vigil.engine.threat.rules.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule that applies to the system's kind and returns one detection per rule and element. */
public final class ThreatEngine {

    private final RuleBook rules;

    public ThreatEngine(RuleBook rules) {
        this.rules = rules;
    }

    public ThreatEngine() {
        this(RuleBook.standard());
    }

    /** A rule's hit on one element; its id {@code <rule-id>@<element-id>} is stable across runs. */
    public record Detection(RuleMetadata rule, Hit hit) {
        public String id() {
            return findingId().toString();
        }

        public FindingId findingId() {
            return new FindingId(rule.id(), hit.element());
        }
    }

    public List<Detection> run(ModelIndex index) {
        Map<String, Detection> detections = new LinkedHashMap<>();
        for (RuleBook.Entry entry : rules.entries()) {
            if (!entry.metadata().scope().includes(index.model().system().kind())) {
                continue;
            }
            for (Hit hit : entry.rule().check(index)) {
                Detection d = new Detection(entry.metadata(), hit);
                // One finding per rule and element: a second hit on the same element adds its facts.
                detections.merge(d.id(), d, ThreatEngine::combine);
            }
        }
        return new ArrayList<>(detections.values());
    }

    public List<Detection> run(SystemModel model) {
        return run(new ModelIndex(model));
    }

    private static Detection combine(Detection first, Detection second) {
        Hit a = first.hit();
        Hit b = second.hit();
        Hit.Kind kind = a.kind() == Hit.Kind.WEAKNESS || b.kind() == Hit.Kind.WEAKNESS ? Hit.Kind.WEAKNESS : a.kind();
        // A fact the first hit already shows is not shown twice.
        List<Fact> facts = new ArrayList<>(a.typedFacts());
        b.typedFacts().stream()
                .filter(f -> facts.stream().noneMatch(known -> known.text().equals(f.text())))
                .forEach(facts::add);
        String explanation =
                a.explanation().equals(b.explanation()) ? a.explanation() : a.explanation() + " " + b.explanation();
        return new Detection(first.rule(), new Hit(a.element(), kind, explanation, facts));
    }
}
