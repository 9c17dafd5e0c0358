package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * X01: facts that many rules need are missing, so those rules can only guess. Each element gets one
 * not-enough-information hit listing what it lacks, so the gaps can be filled one by one.
 */
final class ModelIncompleteRule implements Rule {

    @Override
    public String id() {
        return "model-incomplete";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> missing = new ArrayList<>();
            if (c.owner().isEmpty()) {
                missing.add(Fact.component(c.id(), "owner", Fact.NOT_STATED));
            }
            if (model.flowsOf(c).isEmpty()) {
                missing.add(new Fact(c.id(), "flows[from|to=" + c.id() + "]", Fact.NONE)
                        .worded("components." + c.id() + " has no flow from or to it"));
            }
            add(hits, c.id(), "Component", missing);
        }
        Set<String> used = new HashSet<>();
        for (Flow f : model.flows()) {
            used.addAll(f.data());
            List<Fact> missing = new ArrayList<>();
            if (f.network().isEmpty()) {
                missing.add(Fact.flow(f.id(), "network", Fact.NOT_STATED));
            }
            if (f.data().isEmpty()) {
                missing.add(Fact.flow(f.id(), "data", List.of()));
            }
            add(hits, f.id(), "Flow", missing);
        }
        model.components().forEach(c -> used.addAll(c.stores()));
        for (ProductionStep step : model.model().production()) {
            used.addAll(step.injects());
            used.addAll(step.produces());
        }
        for (DataItem d : model.model().data()) {
            if (!used.contains(d.id())) {
                add(
                        hits,
                        d.id(),
                        "Data",
                        List.of(new Fact(
                                        d.id(),
                                        "flows[data contains " + d.id() + "]|components[stores contains " + d.id()
                                                + "]",
                                        Fact.NONE)
                                .worded("data." + d.id() + " is carried by no flow and stored nowhere")));
            }
        }
        return hits;
    }

    private static void add(List<Hit> hits, String element, String what, List<Fact> missing) {
        if (!missing.isEmpty()) {
            hits.add(new Hit(
                    element,
                    Hit.Kind.NOT_ENOUGH_INFORMATION,
                    what + " '" + element + "' lacks facts the threat rules need, so findings about it may be"
                            + " missed: "
                            + String.join("; ", missing.stream().map(Fact::text).toList()) + ".",
                    missing));
        }
    }
}
