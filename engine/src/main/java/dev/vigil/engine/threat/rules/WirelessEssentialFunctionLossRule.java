package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.UseCase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * C06: a component carrying essential functions receives some safety-relevant data only over radio, so
 * jamming that link takes the function away, and nothing in the model says how the function survives it.
 * A fail-safe state of any component carrying the same function counts, because it is the function that
 * must survive, not a particular box; so do an emergency or degraded use case involving the component and
 * a resiliency control on it.
 */
final class WirelessEssentialFunctionLossRule implements Rule {

    static final Set<DataItem.Category> NEEDED = EnumSet.of(
            DataItem.Category.THERAPY_COMMAND,
            DataItem.Category.THERAPY_SETTING,
            DataItem.Category.ALARM,
            DataItem.Category.CLINICAL_MEASUREMENT);

    @Override
    public String id() {
        return "wireless-essential-function-loss";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        // Per essential function, once: is some carrier fail-safe, and is some carrier's fail-safe unknown?
        Set<String> failSafe = new HashSet<>();
        Set<String> failSafeUnknown = new HashSet<>();
        for (Component c : model.components()) {
            for (String f : c.essentialFunctions()) {
                if (c.safety().failSafe().isEmpty()) {
                    failSafeUnknown.add(f);
                } else if (c.safety().failSafe().get().affirms()) {
                    failSafe.add(f);
                }
            }
        }
        Set<String> resilient = new HashSet<>();
        for (Control control : model.model().controls()) {
            if (control.category() == Control.Category.RESILIENCY_RECOVERY) {
                resilient.addAll(control.appliesTo());
            }
        }
        for (UseCase useCase : model.model().useCases()) {
            if (useCase.state()
                    .filter(s -> s == UseCase.State.EMERGENCY || s == UseCase.State.DEGRADED)
                    .isPresent()) {
                for (String flowId : useCase.flows()) {
                    Flow f = model.flow(flowId);
                    resilient.add(f.from());
                    resilient.add(f.to());
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.essentialFunctions().isEmpty() || resilient.contains(c.id())) {
                continue;
            }
            List<String> radioOnly = radioOnlyData(model, c);
            if (radioOnly.isEmpty()) {
                continue;
            }
            List<String> uncovered = new ArrayList<>();
            boolean unknown = false;
            for (String function : c.essentialFunctions()) {
                if (!failSafe.contains(function)) {
                    uncovered.add(function);
                    unknown |= failSafeUnknown.contains(function);
                }
            }
            if (uncovered.isEmpty()) {
                continue;
            }
            Fact facts = Fact.component(c.id(), "radioOnlyData", radioOnly);
            Fact functions = Fact.component(c.id(), "essentialFunctions", uncovered);
            if (unknown) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "Component '" + c.id() + "' receives " + radioOnly + " only over radio, but the model states"
                                + " no fail-safe state for essential functions " + uncovered
                                + " and no emergency or degraded use case for it.",
                        facts,
                        functions,
                        Fact.component(c.id(), "safety.failSafe", Fact.NOT_STATED)));
            } else {
                hits.add(Hit.weakness(
                        c.id(),
                        "Component '" + c.id() + "' receives " + radioOnly + " only over radio and no component"
                                + " carrying essential functions " + uncovered + " has a fail-safe state; jamming"
                                + " the link stops these functions.",
                        facts,
                        functions,
                        Fact.component(c.id(), "safety.failSafe", false)));
            }
        }
        return hits;
    }

    /** Needed data ids that reach the component, each with the ids of the radio flows carrying it. */
    private static List<String> radioOnlyData(ModelIndex model, Component c) {
        Map<String, List<String>> radio = new LinkedHashMap<>();
        Set<String> wired = new HashSet<>();
        for (Flow f : model.flowsTo(c)) {
            boolean wireless =
                    model.interfaceOf(f).filter(Component.Interface::isWireless).isPresent();
            for (DataItem d : model.dataOf(f)) {
                if (!NEEDED.contains(d.category())) {
                    continue;
                }
                if (wireless) {
                    radio.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(f.id());
                } else {
                    wired.add(d.id());
                }
            }
        }
        List<String> only = new ArrayList<>();
        radio.forEach((data, flows) -> {
            if (!wired.contains(data)) {
                only.add(data + " via " + flows);
            }
        });
        return only;
    }
}
