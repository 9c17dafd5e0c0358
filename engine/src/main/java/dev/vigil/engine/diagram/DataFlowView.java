package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The data-flow diagram: each zone a boundary with its type and trust, each component inside its zone,
 * each flow an arrow with protocol, data and protection, and where it crosses zones the conduit and its
 * guards (or that there is none).
 */
final class DataFlowView {

    private DataFlowView() {}

    static Diagram of(ModelIndex index) {
        List<Component> components = Labels.sortedComponents(index.components());
        List<Flow> flows = Labels.sortedFlows(index.flows());
        boolean collapse = !ZoneLevel.fits(components.size(), flows.size());
        String title = "Data flow: " + index.model().system().name()
                + (collapse ? ZoneLevel.note(components.size(), flows.size()) : "");
        Puml p = Puml.start(title, true);
        if (collapse) {
            ZoneLevel.draw(p, index, components, flows);
        } else {
            Map<Zone, List<Component>> zones = Labels.byZone(index, components);
            zones.forEach((zone, members) -> {
                p.line("rectangle " + Puml.quoted(Labels.zone(zone)) + " as " + Puml.alias("z", zone.id()) + " {");
                members.forEach(c ->
                        p.line("  component " + Puml.quoted(Labels.component(c)) + " as " + Puml.alias("c", c.id())));
                p.line("}");
            });
            for (Flow f : flows) {
                StringBuilder label =
                        new StringBuilder(f.id() + ": " + f.protocol().orElse("protocol not stated"));
                label.append('\n').append(Labels.data(f)).append('\n').append(Labels.protection(f));
                Labels.crossing(index, f).ifPresent(c -> label.append('\n').append(c));
                p.line(Puml.alias("c", f.from()) + " --> " + Puml.alias("c", f.to()) + " : "
                        + Puml.text(label.toString()));
            }
        }
        conduitLegend(p, index);
        return new Diagram("data-flow", title, Diagram.Kind.DATA_FLOW, p.end());
    }

    /** Every conduit with its guards, including those no flow uses, so unused guards are visible too. */
    private static void conduitLegend(Puml p, ModelIndex index) {
        List<Conduit> conduits = index.model().conduits().stream()
                .sorted(Comparator.comparing(Conduit::id))
                .toList();
        if (conduits.isEmpty()) {
            return;
        }
        p.line("legend right");
        p.line(Puml.text("Conduits"));
        for (Conduit c : conduits) {
            p.line(Puml.text(c.id() + ": " + String.join(" - ", c.between()) + " " + Labels.guards(c)));
        }
        p.line("endlegend");
    }
}
