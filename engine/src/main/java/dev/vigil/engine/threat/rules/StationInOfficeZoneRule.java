package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** M01: production equipment that shares a network with office IT or talks to the internet. */
final class StationInOfficeZoneRule implements Rule {

    static final Set<Component.Kind> PRODUCTION_EQUIPMENT = EnumSet.of(
            Component.Kind.PROGRAMMING_STATION,
            Component.Kind.TEST_STATION,
            Component.Kind.PLC,
            Component.Kind.HMI,
            Component.Kind.MES);

    @Override
    public String id() {
        return "station-in-office-zone";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!PRODUCTION_EQUIPMENT.contains(c.kind())) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            Zone zone = model.zoneOf(c);
            if (zone.type() == Zone.Type.OFFICE_IT) {
                facts.add(Fact.component(c.id(), "zone", zone.id())
                        .and(" (zones." + zone.id() + ".type=" + Zone.Type.OFFICE_IT.wire() + ")"));
            }
            for (Flow f : model.flowsOf(c)) {
                String peer = f.from().equals(c.id()) ? f.to() : f.from();
                Zone peerZone = model.zoneOf(model.component(peer));
                if (f.network().orElse(null) == Flow.Network.INTERNET) {
                    facts.add(Fact.flow(f.id(), "network", Flow.Network.INTERNET.wire()));
                } else if (peerZone.type() == Zone.Type.INTERNET) {
                    facts.add(Fact.of("zones", peerZone.id(), "type", Zone.Type.INTERNET.wire())
                            .worded("flows." + f.id() + " reaches " + peer + " in zone " + peerZone.id()
                                    + " (type internet)"));
                }
            }
            if (!facts.isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        c.kind().wire() + " '" + c.id() + "' is exposed to office IT or the internet; malware"
                                + " from e-mail or the web reaches the production line without crossing an"
                                + " industrial boundary.",
                        facts));
            }
        }
        return hits;
    }
}
