package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.EssentialFunction;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.UseCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S04: an essential function with no plan for when things go wrong: no emergency or degraded use case
 * involves a component that carries it, and none of those components states a fail-safe behaviour.
 */
final class NoEmergencyUseCaseRule implements Rule {

    @Override
    public String id() {
        return "no-emergency-use-case";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Set<String> coveredComponents = new HashSet<>();
        for (UseCase u : model.model().useCases()) {
            UseCase.State state = u.state().orElse(null);
            if (state == UseCase.State.EMERGENCY || state == UseCase.State.DEGRADED) {
                for (String flowId : u.flows()) {
                    Flow f = model.flow(flowId);
                    coveredComponents.add(f.from());
                    coveredComponents.add(f.to());
                }
            }
        }
        Map<String, List<Component>> carriers = new HashMap<>();
        for (Component c : model.components()) {
            c.essentialFunctions().forEach(ef -> carriers.computeIfAbsent(ef, k -> new ArrayList<>())
                    .add(c));
        }
        List<Hit> hits = new ArrayList<>();
        for (EssentialFunction ef : model.model().system().essentialFunctions()) {
            List<Component> carrying = carriers.getOrDefault(ef.id(), List.of());
            if (carrying.isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        ef.id(),
                        "No component carries essential function '" + ef.id()
                                + "', so the model cannot show how it survives a failure or an attack.",
                        new Fact(ef.id(), "components[essentialFunctions contains " + ef.id() + "]", Fact.NONE)
                                .worded("system.essentialFunctions." + ef.id()
                                        + " is in no components.*.essentialFunctions")));
                continue;
            }
            boolean planned = carrying.stream()
                    .anyMatch(c -> coveredComponents.contains(c.id())
                            || c.safety().failSafe().map(Evidence::affirms).orElse(false));
            if (!planned) {
                List<String> ids = carrying.stream().map(Component::id).toList();
                hits.add(Hit.weakness(
                        ef.id(),
                        "Essential function '" + ef.id() + "' is carried by " + ids + " but no emergency or"
                                + " degraded use case involves them and none states a fail-safe; nothing shows"
                                + " how care continues when the function is attacked or lost.",
                        new Fact(ef.id(), "components[essentialFunctions contains " + ef.id() + "]", ids.toString())
                                .worded("system.essentialFunctions." + ef.id() + " carried by " + ids),
                        new Fact(ef.id(), "useCases[state=emergency|degraded] involving " + ids, Fact.NONE)
                                .worded("useCases[state=emergency|degraded] involve none of " + ids),
                        new Fact(
                                ef.id(),
                                "components." + String.join("|", ids) + ".safety.failSafe",
                                "(not stated or false)")));
            }
        }
        return hits;
    }
}
