package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simplified drawing used when a view would hold more than {@link Diagrams#DETAIL_LIMIT} boxes and arrows:
 * one node per zone (with how many components it holds) and one arrow per pair of zones that exchange
 * data, labelled with the number of flows, their protocols and how many are unencrypted or of unstated
 * encryption. Layout time grows quickly with node count; zones stay few even in large systems.
 */
final class ZoneLevel {

    private ZoneLevel() {}

    static void draw(Puml p, ModelIndex index, Collection<Component> components, Collection<Flow> flows) {
        Map<Zone, List<Component>> zones = Labels.byZone(index, List.copyOf(components));
        zones.forEach((zone, members) -> p.line("rectangle "
                + Puml.quoted(Labels.zone(zone) + "\\n"
                        + Puml.text(members.size() + " component" + (members.size() == 1 ? "" : "s")))
                + " as " + Puml.alias("z", zone.id())));
        Map<String, Link> links = new TreeMap<>();
        for (Flow f : Labels.sortedFlows(flows)) {
            String from = index.component(f.from()).zone();
            String to = index.component(f.to()).zone();
            links.computeIfAbsent(from + " " + to, k -> new Link(from, to)).add(f);
        }
        for (Link link : links.values()) {
            String label =
                    link.count + " flow" + (link.count == 1 ? "" : "s") + ": " + String.join(", ", link.protocols)
                            + (link.unprotected > 0 ? "\n" + link.unprotected + " unencrypted or not stated" : "");
            if (!link.from.equals(link.to)) {
                label += "\n"
                        + index.conduitBetween(link.from, link.to)
                                .map(c -> "conduit " + c.id() + " " + Labels.guards(c))
                                .orElse("no conduit in the model");
            }
            p.line(Puml.alias("z", link.from) + " --> " + Puml.alias("z", link.to) + " : " + Puml.text(label));
        }
    }

    /** Whether a drawing with this many boxes and arrows stays within {@link Diagrams#DETAIL_LIMIT}. */
    static boolean fits(int nodes, int edges) {
        return nodes + edges <= Diagrams.DETAIL_LIMIT;
    }

    /** Title suffix saying plainly that detail was dropped, and why. */
    static String note(int nodes, int edges) {
        return " (collapsed to zone level: " + nodes + " boxes and " + edges + " arrows exceed the limit of "
                + Diagrams.DETAIL_LIMIT + ")";
    }

    private static final class Link {
        final String from;
        final String to;
        final TreeSet<String> protocols = new TreeSet<>();
        int count;
        int unprotected;

        Link(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(Flow f) {
            count++;
            protocols.add(f.protocol().orElse("protocol not stated"));
            if (f.encryption().filter(e -> e != Flow.Encryption.NONE).isEmpty()) {
                unprotected++;
            }
        }
    }
}
