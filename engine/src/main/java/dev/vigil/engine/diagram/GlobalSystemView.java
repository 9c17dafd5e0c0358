package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import dev.vigil.engine.model.Zone;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The global system view: every component (with its functions, so update infrastructure and service
 * tools stand out, and its owner when not the manufacturer), every interface as its own box (debug and
 * service ports included, marked; a box because Smetana lets lollipop captions overlap), every user and
 * every connection. A flow that names an interface is drawn through it.
 */
final class GlobalSystemView {

    private GlobalSystemView() {}

    static Diagram of(ModelIndex index) {
        List<Component> components = Labels.sortedComponents(index.components());
        int interfaces =
                components.stream().mapToInt(c -> c.interfaces().size()).sum();
        int users = index.model().users().size();
        int uses = index.model().users().stream().mapToInt(u -> u.uses().size()).sum();
        int nodes = components.size() + interfaces + users;
        int edges = index.flows().size() + interfaces + uses;
        boolean collapse = !ZoneLevel.fits(nodes, edges);
        String title =
                "Global system: " + index.model().system().name() + (collapse ? ZoneLevel.note(nodes, edges) : "");
        Puml p = Puml.start(title, true);
        if (collapse) {
            ZoneLevel.draw(p, index, components, index.flows());
            return new Diagram("global-system", title, Diagram.Kind.GLOBAL_SYSTEM, p.end());
        }
        Map<Zone, List<Component>> zones = Labels.byZone(index, components);
        zones.forEach((zone, members) -> {
            p.line("rectangle " + Puml.quoted(Labels.zone(zone)) + " as " + Puml.alias("z", zone.id()) + " {");
            for (Component c : members) {
                String functions = c.functions().isEmpty() ? "functions not stated" : Labels.join(c.functions());
                p.line("  component " + Puml.quoted(Labels.component(c) + "\\n" + Puml.text(functions)) + " as "
                        + Puml.alias("c", c.id()));
                c.interfaces().stream()
                        .sorted(Comparator.comparing(Component.Interface::id))
                        .forEach(i -> p.line("  card " + Puml.quoted(port(i)) + " as " + Puml.alias("i", i.id())));
            }
            p.line("}");
        });
        for (Component c : components) {
            c.interfaces().stream()
                    .sorted(Comparator.comparing(Component.Interface::id))
                    .forEach(i -> p.line(Puml.alias("c", c.id()) + " - " + Puml.alias("i", i.id())));
        }
        for (Flow f : Labels.sortedFlows(index.flows())) {
            String label = Puml.text(f.id() + ": " + f.protocol().orElse("protocol not stated"));
            Optional<Component.Interface> via = index.interfaceOf(f);
            boolean viaTarget = via.isPresent()
                    && index.ownerOfInterface(via.get().id())
                            .map(o -> o.id().equals(f.to()))
                            .orElse(false);
            if (via.isPresent() && viaTarget) {
                p.line(Puml.alias("c", f.from()) + " --> "
                        + Puml.alias("i", via.get().id()) + " : " + label);
            } else if (via.isPresent()) {
                p.line(Puml.alias("i", via.get().id()) + " --> " + Puml.alias("c", f.to()) + " : " + label);
            } else {
                p.line(Puml.alias("c", f.from()) + " --> " + Puml.alias("c", f.to()) + " : " + label);
            }
        }
        users(p, index);
        return new Diagram("global-system", title, Diagram.Kind.GLOBAL_SYSTEM, p.end());
    }

    private static String port(Component.Interface i) {
        StringBuilder text = new StringBuilder(i.id() + "\n[" + i.type().wire() + "]");
        if (i.isDebug()) {
            text.append(" debug port");
        }
        text.append('\n').append(i.enabledInField() ? "enabled in field" : "disabled in field");
        i.purpose().ifPresent(purpose -> text.append('\n').append(purpose));
        return Puml.text(text.toString());
    }

    private static void users(Puml p, ModelIndex index) {
        List<User> users = index.model().users().stream()
                .sorted(Comparator.comparing(User::id))
                .toList();
        for (User u : users) {
            String remote = u.remote().filter(r -> r).isPresent() ? ", remote" : "";
            p.line("actor " + Puml.quoted(Puml.lines(u.id(), "[" + u.kind().wire() + remote + "]")) + " as "
                    + Puml.alias("a", u.id()));
        }
        for (User u : users) {
            u.uses().stream().sorted().forEach(used -> {
                String target = index.findComponent(used).isPresent() ? Puml.alias("c", used) : Puml.alias("i", used);
                p.line(Puml.alias("a", u.id()) + " ..> " + target + " : uses");
            });
        }
    }
}
