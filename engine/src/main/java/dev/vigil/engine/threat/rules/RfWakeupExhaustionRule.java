package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * C07: a battery-powered patient-side component answers radio messages from anyone. Each wake-up costs
 * energy, so a stranger can drain an implant's battery without ever breaking its cryptography.
 */
final class RfWakeupExhaustionRule implements Rule {

    static final Set<Component.Kind> BATTERY_POWERED =
            EnumSet.of(Component.Kind.IMPLANT, Component.Kind.SENSOR, Component.Kind.DEVICE);

    @Override
    public String id() {
        return "rf-wakeup-exhaustion";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component target : model.components()) {
            if (!BATTERY_POWERED.contains(target.kind())) {
                continue;
            }
            for (Flow flow : model.flowsTo(target)) {
                Optional<Component.Interface> radio = model.interfaceOf(flow).filter(Component.Interface::isWireless);
                if (radio.isEmpty()) {
                    continue;
                }
                Fact via = Fact.flow(flow.id(), "via", radio.get().id())
                        .and(" (" + radio.get().type().wire() + ")");
                Fact kind = Fact.component(target.id(), "kind", target.kind().wire());
                if (flow.authentication().isEmpty()) {
                    hits.add(Hit.notEnoughInformation(
                            flow.id(),
                            "Flow '" + flow.id() + "' reaches " + target.kind().wire() + " '" + target.id()
                                    + "' over radio but the model does not say whether the sender is authenticated.",
                            Fact.flow(flow.id(), "authentication", Fact.NOT_STATED),
                            via,
                            kind));
                } else if (flow.authentication().get() == Flow.Authentication.NONE) {
                    hits.add(Hit.weakness(
                            flow.id(),
                            "Flow '" + flow.id() + "' wakes " + target.kind().wire() + " '" + target.id()
                                    + "' over the " + radio.get().type().wire() + " interface '"
                                    + radio.get().id()
                                    + "' without authenticating the sender; anyone in radio range can keep it awake"
                                    + " and drain its battery.",
                            Fact.flow(flow.id(), "authentication", "none"),
                            via,
                            kind));
                }
            }
        }
        return hits;
    }
}
