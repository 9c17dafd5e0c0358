package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.List;

/** M08: source code or design data kept where untrusted networks or vendors can reach it. */
final class DesignDataExposedRule implements Rule {

    @Override
    public String id() {
        return "design-data-exposed";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<String> design = model.storedIn(c).stream()
                    .filter(d -> d.category() == DataItem.Category.SOURCE_CODE
                            || d.category() == DataItem.Category.DESIGN_DATA)
                    .map(DataItem::id)
                    .toList();
            if (design.isEmpty()) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            Zone zone = model.zoneOf(c);
            if (zone.trust().compareTo(Zone.Trust.LOW) <= 0) {
                facts.add(Fact.component(c.id(), "zone", zone.id())
                        .and(" (zones." + zone.id() + ".trust=" + zone.trust().wire() + ")"));
            }
            for (Flow f : model.flowsTo(c)) {
                Zone from = model.zoneOf(model.component(f.from()));
                if (from.type() == Zone.Type.INTERNET || from.type() == Zone.Type.VENDOR_REMOTE) {
                    facts.add(Fact.flow(f.id(), "from", f.from())
                            .and(" in zone " + from.id() + " (type "
                                    + from.type().wire() + ")"));
                }
            }
            if (!facts.isEmpty()) {
                facts.add(Fact.component(c.id(), "stores", design));
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' keeps " + design + " where untrusted networks or vendors"
                                + " reach it; leaked source and designs let attackers find device flaws offline.",
                        facts));
            }
        }
        return hits;
    }
}
