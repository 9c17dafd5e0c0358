package dev.vigil.engine.model;

import dev.vigil.engine.source.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded, fully resolved system model: every reference points at an element that exists. Built only
 * by the loader, which reports every problem before one is constructed.
 */
public record SystemModel(
        Path source,
        SystemInfo system,
        List<Hazard> hazards,
        List<Zone> zones,
        List<Conduit> conduits,
        List<Component> components,
        List<DataItem> data,
        List<Flow> flows,
        List<User> users,
        List<Secret> secrets,
        List<Update> updates,
        List<UseCase> useCases,
        List<ProductionStep> production,
        List<Control> controls,
        List<SecurityTest> tests,
        List<Document> documents,
        Lifecycle lifecycle,
        List<Tracking> tracking,
        List<Assumption> assumptions,
        List<Mds2Statement> mds2,
        Map<String, Location> locations) {

    public SystemModel {
        hazards = List.copyOf(hazards);
        zones = List.copyOf(zones);
        conduits = List.copyOf(conduits);
        components = List.copyOf(components);
        data = List.copyOf(data);
        flows = List.copyOf(flows);
        users = List.copyOf(users);
        secrets = List.copyOf(secrets);
        updates = List.copyOf(updates);
        useCases = List.copyOf(useCases);
        production = List.copyOf(production);
        controls = List.copyOf(controls);
        tests = List.copyOf(tests);
        documents = List.copyOf(documents);
        tracking = List.copyOf(tracking);
        assumptions = List.copyOf(assumptions);
        mds2 = List.copyOf(mds2);
        locations = Map.copyOf(locations);
    }

    /** Every element with an id, in model order. */
    public Stream<Element> elements() {
        return Stream.of(
                        Stream.<Element>of(new SystemElement(system.id())),
                        system.essentialFunctions().stream(),
                        hazards.stream(),
                        zones.stream(),
                        conduits.stream(),
                        components.stream(),
                        components.stream().flatMap(c -> c.interfaces().stream()),
                        data.stream(),
                        flows.stream(),
                        users.stream(),
                        secrets.stream(),
                        updates.stream(),
                        useCases.stream(),
                        production.stream(),
                        controls.stream(),
                        tests.stream(),
                        documents.stream(),
                        assumptions.stream())
                .flatMap(s -> s.map(Element.class::cast));
    }

    /** Elements by id, built on demand; models are small enough that callers may cache it. */
    public Map<String, Element> elementsById() {
        Map<String, Element> byId = new LinkedHashMap<>();
        elements().forEach(e -> byId.putIfAbsent(e.id(), e));
        return byId;
    }

    public Optional<Element> findElement(String id) {
        return elements().filter(e -> e.id().equals(id)).findFirst();
    }

    public Component component(String id) {
        return find(components, id, "component");
    }

    public Zone zone(String id) {
        return find(zones, id, "zone");
    }

    public DataItem dataItem(String id) {
        return find(data, id, "data");
    }

    public Flow flow(String id) {
        return find(flows, id, "flow");
    }

    public Hazard hazard(String id) {
        return find(hazards, id, "hazard");
    }

    /** The document with this id, if the model lists one. */
    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Where an element is defined, when the model came from a file. */
    public Optional<Location> locationOf(String id) {
        return Optional.ofNullable(locations.get(id));
    }

    private static <E extends Element> E find(List<E> elements, String id, String kind) {
        for (E e : elements) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new NoSuchElementException("no " + kind + " with id '" + id + "'");
    }
}
