package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * D06: memory-unsafe code parses input from a less trusted zone, or listens on a shared network (a hospital
 * LAN, home Wi-Fi, office IT) where every other host can send to it whatever the model's flows say, and
 * one overflow hands over the component (URGENT/11, BlueKeep, the IntelliVue echo service of
 * ICSMA-18-156-01).
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
            List<Fact> exposures = new ArrayList<>();
            for (Flow f : model.flowsTo(c)) {
                Component sender = model.component(f.from());
                Zone there = model.zoneOf(sender);
                if (there.trust().compareTo(home.trust()) < 0) {
                    exposures.add(Fact.flow(f.id(), "from", sender.id())
                            .and(" (zone " + there.id() + ", trust "
                                    + there.trust().wire() + ")"));
                }
            }
            exposures.addAll(sharedNetwork(model, c, home));
            if (exposures.isEmpty()) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            Fact zone = Fact.component(c.id(), "zone", home.id())
                    .and(" (trust " + home.trust().wire() + ")");
            if (c.software().get().memorySafe().isEmpty()) {
                facts.add(Fact.component(c.id(), "software.memorySafe", Fact.NOT_STATED));
                facts.add(zone);
                facts.addAll(exposures);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "Component '" + c.id()
                                + "' takes input from a less trusted zone or a shared network but the model does"
                                + " not say"
                                + " whether its software is memory-safe.",
                        facts));
            } else {
                facts.add(Fact.component(c.id(), "software.memorySafe", false));
                facts.add(zone);
                facts.addAll(exposures);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' runs memory-unsafe code that parses input from less trusted"
                                + " zones or from anyone on a shared network; a single buffer overflow there gives the"
                                + " sender control of it.",
                        facts));
            }
        }
        return hits;
    }

    /** Networks shared with hosts the manufacturer does not control: anyone on them can reach a listener. */
    static final Set<Zone.Type> SHARED =
            EnumSet.of(Zone.Type.HOSPITAL_NETWORK, Zone.Type.HOME_NETWORK, Zone.Type.OFFICE_IT);

    private static final Set<Component.Interface.Type> NETWORK_INTERFACES =
            EnumSet.of(Component.Interface.Type.ETHERNET, Component.Interface.Type.WIFI);

    /**
     * The facts that put a component on a shared network: its zone is one, and it talks over that network
     * (a flow on the adjacent or internet network) or has a wired or Wi-Fi interface enabled in the field.
     */
    private static List<Fact> sharedNetwork(ModelIndex model, Component c, Zone home) {
        if (!SHARED.contains(home.type())) {
            return List.of();
        }
        List<Fact> reach = new ArrayList<>();
        c.interfaces().stream()
                .filter(i -> i.enabledInField() && NETWORK_INTERFACES.contains(i.type()))
                .forEach(i -> reach.add(new Fact(
                        i.id(),
                        Fact.componentPath(c.id(), "interfaces." + i.id() + ".type"),
                        i.type().wire())));
        model.flowsOf(c).stream()
                .filter(f -> f.network()
                        .filter(n -> n == Flow.Network.ADJACENT || n == Flow.Network.INTERNET)
                        .isPresent())
                .findFirst()
                .ifPresent(f ->
                        reach.add(Fact.flow(f.id(), "network", f.network().get().wire())));
        if (reach.isEmpty()) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(
                Fact.of("zones", home.id(), "type", home.type().wire()).and(" (shared with hosts outside the system)"));
        facts.addAll(reach);
        return facts;
    }
}
