package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * D09: an interface enabled in the field that no flow and no user needs: attack surface without a
 * purpose. A flow names only one end's interface, so an interface also counts as used when a flow of its
 * component names the peer's interface of the same type (the programmer's wand for the implant's coil).
 */
final class UnusedExposedInterfaceRule implements Rule {

    @Override
    public String id() {
        return "unused-exposed-interface";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Set<String> usedByPeople = new HashSet<>();
        for (User u : model.model().users()) {
            usedByPeople.addAll(u.uses());
        }
        Map<String, Set<Component.Interface.Type>> peerTypes = new HashMap<>();
        for (Flow f : model.flows()) {
            model.interfaceOf(f).ifPresent(i -> {
                String owner = model.ownerOfInterface(i.id()).map(Component::id).orElse("");
                for (String end : List.of(f.from(), f.to())) {
                    if (!end.equals(owner)) {
                        peerTypes
                                .computeIfAbsent(end, k -> EnumSet.noneOf(Component.Interface.Type.class))
                                .add(i.type());
                    }
                }
            });
        }
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            Set<Component.Interface.Type> peers = peerTypes.getOrDefault(c.id(), Set.of());
            for (Component.Interface i : c.interfaces()) {
                if (!i.enabledInField()
                        || !model.flowsVia(i.id()).isEmpty()
                        || usedByPeople.contains(i.id())
                        || peers.contains(i.type())) {
                    continue;
                }
                hits.add(Hit.weakness(
                        i.id(),
                        "Interface '" + i.id() + "' (" + i.type().wire() + ") of '" + c.id() + "' is enabled in the"
                                + " field but no flow and no user of the model needs it; it only adds ways in.",
                        Fact.enabledInterface(c.id(), i),
                        new Fact(i.id(), "flows via " + i.id(), Fact.NONE),
                        new Fact(i.id(), "users of " + i.id(), Fact.NONE)));
            }
        }
        return hits;
    }
}
