package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** C04: a radio link paired without any proof that the right two peers are bonding. */
final class WeakWirelessPairingRule implements Rule {

    @Override
    public String id() {
        return "weak-wireless-pairing";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            Optional<Component.Interface> radio = model.interfaceOf(flow).filter(WeakWirelessPairingRule::paired);
            if (radio.isEmpty()) {
                continue;
            }
            Fact via = Fact.flow(flow.id(), "via", radio.get().id())
                    .and(" (" + radio.get().type().wire() + ")");
            if (flow.pairing().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' uses the "
                                + radio.get().type().wire() + " interface '"
                                + radio.get().id() + "' but the model does not say how the peers pair.",
                        Fact.flow(flow.id(), "pairing", Fact.NOT_STATED),
                        via));
            } else if (flow.pairing().get() == Flow.Pairing.NONE
                    || flow.pairing().get() == Flow.Pairing.JUST_WORKS) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to() + "' uses the "
                                + radio.get().type().wire() + " interface '"
                                + radio.get().id()
                                + "' with pairing " + flow.pairing().get().wire()
                                + "; a nearby attacker can bond in place of the real peer or sit in the middle.",
                        Fact.flow(flow.id(), "pairing", flow.pairing().get().wire()),
                        via));
            }
        }
        return hits;
    }

    /**
     * Radio links on which two peers bond. Cellular is wireless too, but the operator's SIM authentication
     * replaces pairing, so the model has nothing to say there.
     */
    static boolean paired(Component.Interface i) {
        return i.isWireless() && i.type() != Component.Interface.Type.CELLULAR;
    }
}
