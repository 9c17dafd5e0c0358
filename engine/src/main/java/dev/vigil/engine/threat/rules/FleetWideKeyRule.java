package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * D04: a credential or key that is the same on every unit of the fleet, so that extracting it from one
 * unit opens all of them: a multi-patient harm path. Only secrets kept on units that are shipped in
 * numbers (devices, programmers, apps) can be fleet-wide; a server's key is one of a kind anyway.
 */
final class FleetWideKeyRule implements Rule {

    static final Set<Secret.Type> PER_UNIT =
            EnumSet.of(Secret.Type.DEVICE_IDENTITY, Secret.Type.PAIRING_KEY, Secret.Type.API_KEY, Secret.Type.PASSWORD);
    static final Set<Component.Kind> SHIPPED = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.MOBILE_APP,
            Component.Kind.DESKTOP_APP);

    @Override
    public String id() {
        return "fleet-wide-key";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Secret s : model.model().secrets()) {
            Component holder = model.component(s.storedIn());
            if (!PER_UNIT.contains(s.type()) || !SHIPPED.contains(holder.kind())) {
                continue;
            }
            Fact where = Fact.of("secrets", s.id(), "storedIn", holder.id())
                    .and(" (" + holder.kind().wire() + ")");
            if (s.perDevice().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        s.id(),
                        "The model does not say whether " + s.type().wire() + " '" + s.id() + "' on '" + holder.id()
                                + "' differs from unit to unit.",
                        Fact.of("secrets", s.id(), "perDevice", Fact.NOT_STATED),
                        where));
            } else if (!s.perDevice().get()) {
                hits.add(Hit.weakness(
                        s.id(),
                        "The " + s.type().wire() + " '" + s.id() + "' is the same on every '" + holder.id()
                                + "' in the field; taken from one unit, it opens all of them and their patients.",
                        Fact.of("secrets", s.id(), "perDevice", false),
                        Fact.of("secrets", s.id(), "type", s.type().wire()),
                        where));
            }
        }
        return hits;
    }
}
