package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The multi-patient harm view: where one compromise reaches many patients. It draws the components the
 * model marks {@code safety.multiPatient}, those holding or moving many-patient data, update servers and
 * every update path, holders of fleet-wide secrets (not per device, or code-signing keys, which by nature
 * sign for the whole fleet), the flows between them, and the claimed controls that apply to any of these.
 */
final class MultiPatientHarmView {

    private MultiPatientHarmView() {}

    static Diagram of(ModelIndex index) {
        Scope scope = scope(index);
        int nodes = scope.components.size() + scope.secrets.size();
        int edges = scope.flows.size() + scope.secrets.size();
        boolean collapse = !ZoneLevel.fits(nodes, edges);
        String title =
                "Multi-patient harm: " + index.model().system().name() + (collapse ? ZoneLevel.note(nodes, edges) : "");
        Puml p = Puml.start(title, true);
        List<Component> components =
                Labels.sortedComponents(scope.components.values().stream().toList());
        if (scope.components.isEmpty()) {
            p.line("rectangle "
                    + Puml.quoted(Puml.text("The model shows no path through which one compromise"
                            + " reaches many patients: no multi-patient component, many-patient data,"
                            + " update path or fleet-wide secret."))
                    + " as nothing");
            return new Diagram("multi-patient-harm", title, Diagram.Kind.MULTI_PATIENT_HARM, p.end());
        }
        if (collapse) {
            ZoneLevel.draw(p, index, components, scope.flows.values());
            return new Diagram("multi-patient-harm", title, Diagram.Kind.MULTI_PATIENT_HARM, p.end());
        }
        for (Map.Entry<Zone, List<Component>> e :
                Labels.byZone(index, components).entrySet()) {
            p.line("rectangle " + Puml.quoted(Labels.zone(e.getKey())) + " as "
                    + Puml.alias("z", e.getKey().id()) + " {");
            for (Component c : e.getValue()) {
                p.line("  component " + Puml.quoted(Labels.component(c) + "\\n" + Puml.text(scope.why.get(c.id())))
                        + " as " + Puml.alias("c", c.id()));
            }
            p.line("}");
        }
        for (Flow f : scope.flows.values()) {
            p.line(Puml.alias("c", f.from()) + " --> " + Puml.alias("c", f.to()) + " : "
                    + Puml.text(f.id() + ": " + Labels.data(f) + "\n" + Labels.protection(f)));
        }
        for (Secret s : scope.secrets) {
            String fleet =
                    s.type() == Secret.Type.CODE_SIGNING ? "signs for the whole fleet" : "fleet-wide (not per device)";
            p.line("artifact "
                    + Puml.quoted(Puml.lines(
                            s.id(),
                            s.type().wire() + ", protection " + s.protection().wire(),
                            fleet + ", approval " + Puml.fact(s.approval())))
                    + " as " + Puml.alias("s", s.id()));
            p.line(Puml.alias("s", s.id()) + " .. " + Puml.alias("c", s.storedIn()) + " : stored in");
        }
        controls(p, index, scope);
        return new Diagram("multi-patient-harm", title, Diagram.Kind.MULTI_PATIENT_HARM, p.end());
    }

    /** Controls applying to anything drawn (or to the whole system), linked to the components they guard. */
    private static void controls(Puml p, ModelIndex index, Scope scope) {
        String systemId = index.model().system().id();
        List<Control> controls = index.model().controls().stream()
                .filter(c -> c.appliesTo().stream().anyMatch(id -> scope.ids.contains(id) || id.equals(systemId)))
                .sorted(Comparator.comparing(Control::id))
                .toList();
        for (Control c : controls) {
            List<String> applies = c.appliesTo().stream()
                    .filter(id -> scope.ids.contains(id) || id.equals(systemId))
                    .sorted()
                    .toList();
            p.line("card "
                    + Puml.quoted(Puml.lines(
                            "control " + c.id(),
                            c.name(),
                            "[" + c.category().wire() + "]",
                            "applies to " + String.join(", ", applies)))
                    + " as " + Puml.alias("k", c.id()));
            for (String id : applies) {
                if (scope.components.containsKey(id)) {
                    p.line(Puml.alias("k", c.id()) + " ..> " + Puml.alias("c", id) + " : contains");
                } else if (scope.flows.containsKey(id)) {
                    // A control on a flow is drawn at the flow's receiving end, where it takes effect.
                    p.line(Puml.alias("k", c.id()) + " ..> "
                            + Puml.alias("c", scope.flows.get(id).to()) + " : " + Puml.text("contains, on flow " + id));
                }
            }
        }
    }

    /** What the view draws, and for each component the reasons it is in the view. */
    private static final class Scope {
        final Map<String, Component> components = new TreeMap<>();
        final Map<String, String> why = new TreeMap<>();
        final Map<String, Flow> flows = new TreeMap<>();
        final List<Secret> secrets = new ArrayList<>();
        final Set<String> ids = new TreeSet<>();

        void add(Component c, String reason) {
            components.put(c.id(), c);
            ids.add(c.id());
            why.merge(c.id(), reason, (a, b) -> a.contains(b) ? a : a + "; " + b);
        }

        void add(Flow f) {
            flows.put(f.id(), f);
            ids.add(f.id());
        }
    }

    private static Scope scope(ModelIndex index) {
        Scope scope = new Scope();
        Map<String, Component> hubs = new LinkedHashMap<>();
        for (Component c : index.components()) {
            if (c.safety().multiPatient().orElse(false)) {
                scope.add(c, "multiPatient: true");
                hubs.put(c.id(), c);
            }
            if (c.kind() == Component.Kind.UPDATE_SERVER) {
                scope.add(c, "update server");
                hubs.put(c.id(), c);
            }
            if (index.storedIn(c).stream().anyMatch(MultiPatientHarmView::manyPatients)) {
                scope.add(c, "stores many-patient data");
            }
        }
        for (Flow f : index.flows()) {
            boolean many = index.dataOf(f).stream().anyMatch(MultiPatientHarmView::manyPatients);
            if (many || hubs.containsKey(f.from()) || hubs.containsKey(f.to())) {
                scope.add(f);
            }
        }
        for (Update u : index.model().updates()) {
            scope.ids.add(u.id());
            u.path().forEach(id -> scope.add(index.flow(id)));
            scope.add(index.component(u.target()), "receives update " + u.id());
        }
        for (Secret s : index.model().secrets()) {
            if (s.type() == Secret.Type.CODE_SIGNING
                    || s.perDevice().filter(per -> !per).isPresent()) {
                scope.secrets.add(s);
                scope.ids.add(s.id());
                scope.add(index.component(s.storedIn()), "holds fleet-wide secret " + s.id());
            }
        }
        scope.secrets.sort(Comparator.comparing(Secret::id));
        // Both ends of every drawn flow are drawn, so each path reaches the devices it harms.
        for (Flow f : List.copyOf(scope.flows.values())) {
            for (String end : List.of(f.from(), f.to())) {
                if (!scope.components.containsKey(end)) {
                    scope.add(index.component(end), "endpoint of a flow drawn here");
                }
            }
        }
        index.model().data().stream().filter(MultiPatientHarmView::manyPatients).forEach(d -> scope.ids.add(d.id()));
        return scope;
    }

    private static boolean manyPatients(DataItem d) {
        return d.quantity().filter(q -> q == DataItem.Quantity.MANY_PATIENTS).isPresent();
    }
}
