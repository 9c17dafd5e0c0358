package dev.vigil.engine.risk;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Element;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.UseCase;
import dev.vigil.engine.model.User;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves a finding's element to its {@link Reach}, with lookups built once per model. */
final class Reaches {

    private final ModelIndex index;
    private final Map<String, Element> elements;
    private final Map<String, List<Component>> componentsByZone = new HashMap<>();
    private final Map<String, List<Flow>> flowsByData = new HashMap<>();
    private final Map<String, List<Component>> storersByData = new HashMap<>();

    Reaches(ModelIndex index) {
        this.index = index;
        this.elements = index.model().elementsById();
        for (Component c : index.components()) {
            componentsByZone.computeIfAbsent(c.zone(), k -> new ArrayList<>()).add(c);
            c.stores().forEach(d -> storersByData
                    .computeIfAbsent(d, k -> new ArrayList<>())
                    .add(c));
        }
        for (Flow f : index.flows()) {
            f.data().forEach(d -> flowsByData
                    .computeIfAbsent(d, k -> new ArrayList<>())
                    .add(f));
        }
    }

    Reach of(String elementId) {
        Element element = elements.get(elementId);
        if (element == null) {
            // A rule may name something outside the id space; treat it as the whole system, the worst case.
            return whole(new dev.vigil.engine.model.SystemElement(elementId), "an element the model does not define");
        }
        if (element instanceof Flow f) {
            // What a flow exposes is what it carries, not what its ends store.
            return new Reach(
                    f,
                    List.of(component(f.from()), component(f.to())),
                    List.of(f),
                    index.dataOf(f),
                    "the flow and the components at its ends");
        }
        if (element instanceof Component c) {
            return reach(c, List.of(c), index.flowsOf(c), "the component and its flows");
        }
        if (element instanceof Component.Interface i) {
            return ofInterface(i);
        }
        if (element instanceof Secret s) {
            Component holder = component(s.storedIn());
            return reach(s, List.of(holder), index.flowsOf(holder), "the component that stores the secret");
        }
        if (element instanceof Update u) {
            return reach(u, List.of(component(u.target())), flows(u.path()), "the update's target and delivery path");
        }
        if (element instanceof ProductionStep p) {
            Component station = component(p.station());
            Set<String> data = new LinkedHashSet<>(p.injects());
            data.addAll(p.produces());
            return new Reach(
                    p,
                    List.of(station),
                    index.flowsOf(station),
                    data.stream().map(index::data).toList(),
                    "the production station and the data it injects and produces");
        }
        if (element instanceof User u) {
            List<Component> used = u.uses().stream()
                    .map(id -> index.findComponent(id)
                            .orElseGet(() -> index.ownerOfInterface(id).orElse(null)))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            return reach(u, used, flowsOf(used), "the components the user works with");
        }
        if (element instanceof DataItem d) {
            return new Reach(
                    d,
                    union(storersByData.getOrDefault(d.id(), List.of()), endpoints(flowsByData.get(d.id()))),
                    flowsByData.getOrDefault(d.id(), List.of()),
                    List.of(d),
                    "the components and flows that hold or carry the data");
        }
        if (element instanceof Zone z) {
            List<Component> inZone = componentsByZone.getOrDefault(z.id(), List.of());
            return reach(z, inZone, flowsOf(inZone), "the components in the zone");
        }
        if (element instanceof Conduit c) {
            return ofConduit(c);
        }
        if (element instanceof UseCase u) {
            List<Flow> fl = flows(u.flows());
            return reach(u, endpoints(fl), fl, "the use case's flows");
        }
        return whole(element, "the whole system");
    }

    private Reach ofInterface(Component.Interface i) {
        Component owner = index.ownerOfInterface(i.id()).orElseThrow();
        List<Flow> via = flows(index.flowsVia(i.id()));
        return via.isEmpty()
                ? reach(i, List.of(owner), List.of(), "the interface (no flow names it)")
                : reach(i, List.of(owner), via, "the interface and the flows through it");
    }

    private Reach ofConduit(Conduit c) {
        Set<String> zones = Set.copyOf(c.between());
        List<Flow> crossing = index.flows().stream()
                .filter(f ->
                        !component(f.from()).zone().equals(component(f.to()).zone()))
                .filter(f -> zones.contains(component(f.from()).zone())
                        && zones.contains(component(f.to()).zone()))
                .toList();
        return reach(c, endpoints(crossing), crossing, "the flows that cross the conduit");
    }

    private Reach whole(Element element, String why) {
        return reach(element, List.copyOf(index.components()), List.copyOf(index.flows()), why);
    }

    /** Data: what the flows carry plus what the components store. */
    private Reach reach(Element element, List<Component> components, List<Flow> flows, String scope) {
        Set<String> data = new LinkedHashSet<>();
        flows.forEach(f -> data.addAll(f.data()));
        components.forEach(c -> data.addAll(c.stores()));
        return new Reach(
                element, components, flows, data.stream().map(index::data).toList(), scope);
    }

    private Component component(String id) {
        return index.component(id);
    }

    private List<Flow> flows(List<String> ids) {
        return ids.stream().map(index::flow).toList();
    }

    private List<Flow> flowsOf(List<Component> components) {
        Set<Flow> all = new LinkedHashSet<>();
        components.forEach(c -> all.addAll(index.flowsOf(c)));
        return List.copyOf(all);
    }

    private List<Component> endpoints(List<Flow> flows) {
        Set<Component> all = new LinkedHashSet<>();
        if (flows != null) {
            flows.forEach(f -> {
                all.add(component(f.from()));
                all.add(component(f.to()));
            });
        }
        return List.copyOf(all);
    }

    private static List<Component> union(List<Component> a, List<Component> b) {
        Set<Component> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
