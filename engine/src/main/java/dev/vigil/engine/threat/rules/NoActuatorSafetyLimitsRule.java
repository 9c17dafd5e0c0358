package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * S02: a therapy-delivering component that receives commands or settings but does not enforce its own
 * safety limits, so any sender that gets through can order harmful therapy.
 */
final class NoActuatorSafetyLimitsRule implements Rule {

    @Override
    public String id() {
        return "no-actuator-safety-limits";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!c.has(Component.Function.THERAPY_DELIVERY)
                    || c.safety().localSafetyLimits().orElse(false)) {
                continue;
            }
            List<Fact> therapyFlows = new ArrayList<>();
            for (Flow f : model.flowsTo(c)) {
                List<String> therapy = model.dataOf(f).stream()
                        .filter(d -> d.category() == DataItem.Category.THERAPY_COMMAND
                                || d.category() == DataItem.Category.THERAPY_SETTING)
                        .map(DataItem::id)
                        .toList();
                if (!therapy.isEmpty()) {
                    therapyFlows.add(Fact.flow(f.id(), "to", c.id()).and(", data=" + therapy));
                }
            }
            if (therapyFlows.isEmpty()) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            facts.add(Fact.component(c.id(), "functions", Component.Function.THERAPY_DELIVERY.wire())
                    .worded("components." + c.id() + ".functions contains therapy-delivery"));
            facts.addAll(therapyFlows);
            if (c.safety().localSafetyLimits().isEmpty()) {
                facts.add(Fact.component(c.id(), "safety.localSafetyLimits", Fact.NOT_STATED));
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "Component '" + c.id() + "' delivers therapy on received commands but the model does not"
                                + " say whether it enforces safety limits itself.",
                        facts));
            } else {
                facts.add(Fact.component(c.id(), "safety.localSafetyLimits", false));
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' delivers therapy as commanded without limits of its own;"
                                + " a forged or corrupted command from any sender is carried out in full.",
                        facts));
            }
        }
        return hits;
    }
}
