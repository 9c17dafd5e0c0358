package dev.vigil.engine.threat;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * D06: memory-unsafe code parses input from a less trusted zone, where one overflow hands over the
 * component (URGENT/11, BlueKeep).
 */
final class MemoryUnsafeExposedRule implements Rule {

    @Override
    public String id() {
        return "memory-unsafe-exposed";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.software().isEmpty()
                    || c.software().get().memorySafe().filter(safe -> safe).isPresent()) {
                continue;
            }
            Zone home = model.zoneOf(c);
            List<String> exposures = new ArrayList<>();
            for (Flow f : model.flowsTo(c)) {
                Component sender = model.component(f.from());
                Zone there = model.zoneOf(sender);
                if (there.trust().compareTo(home.trust()) < 0) {
                    exposures.add("flows." + f.id() + ".from=" + sender.id() + " (zone " + there.id() + ", trust "
                            + there.trust().wire() + ")");
                }
            }
            if (exposures.isEmpty()) {
                continue;
            }
            List<String> facts = new ArrayList<>();
            String zone = "components." + c.id() + ".zone=" + home.id() + " (trust "
                    + home.trust().wire() + ")";
            if (c.software().get().memorySafe().isEmpty()) {
                facts.add("components." + c.id() + ".software.memorySafe=(not stated)");
                facts.add(zone);
                facts.addAll(exposures);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "Component '" + c.id() + "' takes input from a less trusted zone but the model does not say"
                                + " whether its software is memory-safe.",
                        facts));
            } else {
                facts.add("components." + c.id() + ".software.memorySafe=false");
                facts.add(zone);
                facts.addAll(exposures);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' runs memory-unsafe code that parses input from less trusted"
                                + " zones; a single buffer overflow there gives the sender control of it.",
                        facts));
            }
        }
        return hits;
    }
}
