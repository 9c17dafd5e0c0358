package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemModel;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model the form is answered from, with the views several answers share. The form describes the device a
 * hospital buys, so answers read only the product's own components ({@link #components()}) and the flows that
 * reach them: a third party's system, an external system and the manufacturer's build, signing and update
 * infrastructure are in the model for the threat analysis, and their accounts or encryption say nothing
 * about the device (a signing service with MFA does not make the pump support MFA).
 */
record Mds2Context(SystemModel model, LocalDate date) {

    /** Kinds of component the hospital receives or uses as part of the product. */
    private static final Set<Component.Kind> PRODUCT = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.MOBILE_APP,
            Component.Kind.DESKTOP_APP,
            Component.Kind.WEB_APP,
            Component.Kind.SERVICE,
            Component.Kind.DATABASE,
            Component.Kind.FILE_STORE,
            Component.Kind.PLC,
            Component.Kind.HMI,
            Component.Kind.WORKSTATION);

    /** The product's components: of a product kind and not a third party's (that party's product). */
    List<Component> components() {
        return model.components().stream()
                .filter(c -> PRODUCT.contains(c.kind()))
                .filter(c ->
                        c.owner().map(o -> o != Component.Owner.THIRD_PARTY).orElse(true))
                .toList();
    }

    /** The flows with at least one end on the product. */
    List<Flow> flows() {
        Set<String> product = components().stream().map(Component::id).collect(Collectors.toSet());
        return model.flows().stream()
                .filter(f -> product.contains(f.from()) || product.contains(f.to()))
                .toList();
    }

    /** Ids of the data items that are personal or health data. */
    Set<String> personalData() {
        return model.data().stream()
                .filter(d -> d.category() == DataItem.Category.PHI || d.category() == DataItem.Category.PII)
                .map(DataItem::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    List<Flow> personalDataFlows() {
        Set<String> personal = personalData();
        return flows().stream()
                .filter(f -> f.data().stream().anyMatch(personal::contains))
                .toList();
    }

    List<Component> personalDataStores() {
        Set<String> personal = personalData();
        return components().stream()
                .filter(c -> c.stores().stream().anyMatch(personal::contains))
                .toList();
    }

    List<Component.Interface> interfaces() {
        return components().stream().flatMap(c -> c.interfaces().stream()).toList();
    }

    Optional<Component.Interface> viaInterface(Flow flow) {
        return flow.via()
                .flatMap(id ->
                        interfaces().stream().filter(i -> i.id().equals(id)).findFirst());
    }

    /** A lifecycle entry as a fact ("monitoring.cvdPolicy: https://..."), when the model states one. */
    Optional<String> lifecycle(Lifecycle.Phase phase, String key) {
        return model.lifecycle().find(phase, key).map(e -> "lifecycle." + phase.wire() + "." + key + ": " + text(e));
    }

    /** Whether a lifecycle entry affirms the practice; empty when the model does not state it. */
    Optional<Boolean> lifecycleFlag(Lifecycle.Phase phase, String key) {
        return model.lifecycle().find(phase, key).map(Evidence::affirms);
    }

    static String text(Evidence evidence) {
        if (evidence instanceof Evidence.Flag f) {
            return f.value() ? "yes" : "no";
        }
        if (evidence instanceof Evidence.Dated d) {
            return d.date().toString();
        }
        if (evidence instanceof Evidence.Reference r) {
            return r.text();
        }
        return ((Evidence.Structured) evidence)
                .fields().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + text(e.getValue()))
                        .collect(Collectors.joining(", "));
    }

    static String name(Component c) {
        return "component " + c.id();
    }
}
