package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wording and ordering the views share. Model lists keep the author's order, which is not a fact
 * about the system, so views sort by id wherever the model does not fix an order (use-case and update
 * paths keep theirs).
 */
final class Labels {

    private Labels() {}

    static String name(Component c) {
        return c.name().orElse(c.id());
    }

    static String name(Zone z) {
        return z.name().orElse(z.id());
    }

    /** Zone boundary caption: name, type and trust, as the data-flow view must show them. */
    static String zone(Zone z) {
        return Puml.lines(name(z), z.type().wire() + ", trust " + z.trust().wire());
    }

    /** Component caption: name, kind and, for anything the manufacturer does not own, the owner. */
    static String component(Component c) {
        String kind = "[" + c.kind().wire() + "]";
        String owner = c.owner().map(Component.Owner::wire).orElse("owner not stated");
        if (c.owner().filter(o -> o == Component.Owner.MANUFACTURER).isPresent()) {
            return Puml.lines(name(c), kind);
        }
        return Puml.lines(name(c), kind + " " + owner);
    }

    /** Components grouped by zone, zones and components each sorted by id. */
    static Map<Zone, List<Component>> byZone(ModelIndex index, List<Component> components) {
        Map<Zone, List<Component>> map = new TreeMap<>(Comparator.comparing(Zone::id));
        for (Component c : sortedComponents(components)) {
            map.computeIfAbsent(index.zoneOf(c), z -> new ArrayList<>()).add(c);
        }
        return map;
    }

    static List<Component> sortedComponents(java.util.Collection<Component> components) {
        return components.stream().sorted(Comparator.comparing(Component::id)).toList();
    }

    static List<Flow> sortedFlows(java.util.Collection<Flow> flows) {
        return flows.stream().sorted(Comparator.comparing(Flow::id)).toList();
    }

    /** How a flow is protected, with every unstated fact said to be unstated. */
    static String protection(Flow f) {
        List<String> parts = new ArrayList<>();
        parts.add("enc " + Puml.fact(f.encryption()));
        parts.add("auth " + Puml.fact(f.authentication()));
        f.pairing().ifPresent(p -> parts.add("pairing " + p.wire()));
        parts.add("integrity " + Puml.fact(f.integrity()));
        return String.join(", ", parts);
    }

    static String data(Flow f) {
        return f.data().isEmpty() ? "no data listed" : "data " + String.join(", ", f.data());
    }

    /**
     * What a flow between two zones passes through: the conduit and its guards, or that the model names
     * none. Empty when both ends share a zone.
     */
    static Optional<String> crossing(ModelIndex index, Flow f) {
        String fromZone = index.component(f.from()).zone();
        String toZone = index.component(f.to()).zone();
        if (fromZone.equals(toZone)) {
            return Optional.empty();
        }
        String path = "crosses " + fromZone + " to " + toZone;
        return Optional.of(index.conduitBetween(fromZone, toZone)
                .map(c -> path + " via conduit " + c.id() + " " + guards(c))
                .orElse(path + ", no conduit in the model"));
    }

    static String guards(Conduit c) {
        return c.guards().isEmpty() ? "(no guards)" : "(" + join(c.guards()) + ")";
    }

    static String join(List<? extends WireValue> values) {
        return String.join(", ", values.stream().map(WireValue::wire).toList());
    }
}
