package dev.vigil.engine.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded model with the lookups rules and scoring need, built once in near-linear time so that rules stay
 * simple and a model of thousands of components is checked in well under a second. Components and flows
 * (and every list derived from them) come in id order, not file order, so that findings, their facts and
 * their explanations do not change when a model is reordered.
 */
public final class ModelIndex {

    private final SystemModel model;
    private final LocalDate date;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, DataItem> data = new HashMap<>();
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final Map<String, Hazard> hazards = new HashMap<>();
    private final Map<String, Component> interfaceOwners = new HashMap<>();
    private final Map<String, Component.Interface> interfaces = new HashMap<>();
    private final Map<String, List<Flow>> outbound = new HashMap<>();
    private final Map<String, List<Flow>> inbound = new HashMap<>();
    private final Map<String, List<String>> flowsByInterface = new HashMap<>();
    private final Map<String, List<Update>> updatesByTarget = new HashMap<>();
    private final Map<String, List<Secret>> secretsByHolder = new HashMap<>();
    private final Map<String, List<User>> usersByComponent = new HashMap<>();
    private final Map<String, List<Hazard>> hazardsByFunction = new HashMap<>();

    /** An index for an assessment made today (UTC). */
    public ModelIndex(SystemModel model) {
        this(model, LocalDate.now(ZoneOffset.UTC));
    }

    /** An index for an assessment made on {@code date}: rules that compare dates read it, never the clock. */
    public ModelIndex(SystemModel model, LocalDate date) {
        this.model = model;
        this.date = java.util.Objects.requireNonNull(date, "date == null");
        List<Component> byId = new ArrayList<>(model.components());
        byId.sort(Comparator.comparing(Component::id));
        byId.forEach(c -> components.put(c.id(), c));
        model.zones().forEach(z -> zones.put(z.id(), z));
        model.data().forEach(d -> data.put(d.id(), d));
        model.hazards().forEach(h -> hazards.put(h.id(), h));
        for (Component c : byId) {
            for (Component.Interface i : c.interfaces()) {
                interfaceOwners.put(i.id(), c);
                interfaces.put(i.id(), i);
            }
        }
        List<Flow> flowsById = new ArrayList<>(model.flows());
        flowsById.sort(Comparator.comparing(Flow::id));
        for (Flow f : flowsById) {
            flows.put(f.id(), f);
            outbound.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
            inbound.computeIfAbsent(f.to(), k -> new ArrayList<>()).add(f);
            f.via().ifPresent(v -> flowsByInterface
                    .computeIfAbsent(v, k -> new ArrayList<>())
                    .add(f.id()));
        }
        model.updates().forEach(u -> updatesByTarget
                .computeIfAbsent(u.target(), k -> new ArrayList<>())
                .add(u));
        model.secrets().forEach(s -> secretsByHolder
                .computeIfAbsent(s.storedIn(), k -> new ArrayList<>())
                .add(s));
        for (User u : model.users()) {
            for (String used : u.uses()) {
                Component c = components.containsKey(used) ? components.get(used) : interfaceOwners.get(used);
                if (c != null) {
                    List<User> users = usersByComponent.computeIfAbsent(c.id(), k -> new ArrayList<>());
                    if (!users.contains(u)) {
                        users.add(u);
                    }
                }
            }
        }
        model.system()
                .essentialFunctions()
                .forEach(ef -> hazardsByFunction.put(
                        ef.id(), ef.hazards().stream().map(hazards::get).toList()));
    }

    public SystemModel model() {
        return model;
    }

    /** The assessment date: end-of-support and other date rules compare against it. */
    public LocalDate date() {
        return date;
    }

    /** The same model indexed for an assessment on another date. */
    public ModelIndex on(LocalDate other) {
        return new ModelIndex(model, other);
    }

    public boolean isSite() {
        return model.system().kind() == SystemInfo.Kind.SITE;
    }

    public Collection<Component> components() {
        return components.values();
    }

    public Collection<Flow> flows() {
        return flows.values();
    }

    public Component component(String id) {
        return get(components, id, "component");
    }

    public Optional<Component> findComponent(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Flow flow(String id) {
        return get(flows, id, "flow");
    }

    public Zone zone(String id) {
        return get(zones, id, "zone");
    }

    public Zone zoneOf(Component component) {
        return zone(component.zone());
    }

    public DataItem data(String id) {
        return get(data, id, "data");
    }

    public List<DataItem> dataOf(Flow flow) {
        return flow.data().stream().map(this::data).toList();
    }

    public List<DataItem> storedIn(Component component) {
        return component.stores().stream().map(this::data).toList();
    }

    public List<Flow> flowsFrom(Component component) {
        return outbound.getOrDefault(component.id(), List.of());
    }

    public List<Flow> flowsTo(Component component) {
        return inbound.getOrDefault(component.id(), List.of());
    }

    /** Flows that start or end at the component. */
    public List<Flow> flowsOf(Component component) {
        List<Flow> all = new ArrayList<>(flowsFrom(component));
        all.addAll(flowsTo(component));
        return all;
    }

    /** Ids of the flows that use an interface. */
    public List<String> flowsVia(String interfaceId) {
        return flowsByInterface.getOrDefault(interfaceId, List.of());
    }

    public Optional<Component.Interface> findInterface(String id) {
        return Optional.ofNullable(interfaces.get(id));
    }

    public Optional<Component> ownerOfInterface(String interfaceId) {
        return Optional.ofNullable(interfaceOwners.get(interfaceId));
    }

    /** The interface a flow uses, when it names one. */
    public Optional<Component.Interface> interfaceOf(Flow flow) {
        return flow.via().flatMap(this::findInterface);
    }

    public List<Update> updatesOf(Component component) {
        return updatesByTarget.getOrDefault(component.id(), List.of());
    }

    public List<Secret> secretsIn(Component component) {
        return secretsByHolder.getOrDefault(component.id(), List.of());
    }

    public List<User> usersOf(Component component) {
        return usersByComponent.getOrDefault(component.id(), List.of());
    }

    /** Hazards reachable through the essential functions the component carries. */
    public List<Hazard> hazardsOf(Component component) {
        return component.essentialFunctions().stream()
                .flatMap(f -> hazardsByFunction.getOrDefault(f, List.of()).stream())
                .distinct()
                .toList();
    }

    /** The worst ISO 14971 severity among the component's hazards, if any hazard is linked. */
    public Optional<Hazard.Severity> worstHarm(Component component) {
        return hazardsOf(component).stream().map(Hazard::severity).max(Comparator.naturalOrder());
    }

    /** A conduit joining two zones, in either order. */
    public Optional<Conduit> conduitBetween(String zoneA, String zoneB) {
        return model.conduits().stream()
                .filter(c -> Set.copyOf(c.between()).equals(Set.of(zoneA, zoneB)))
                .findFirst();
    }

    /** The closest network an attacker can reach the component from, over its inbound and outbound flows. */
    public Optional<Flow.Network> exposure(Component component) {
        return flowsOf(component).stream().flatMap(f -> f.network().stream()).max(Comparator.naturalOrder());
    }

    private static <T> T get(Map<String, T> map, String id, String kind) {
        T value = map.get(id);
        if (value == null) {
            throw new java.util.NoSuchElementException("no " + kind + " with id '" + id + "'");
        }
        return value;
    }
}
