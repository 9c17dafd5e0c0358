package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The model the form is answered from, with the views several answers share. */
record Mds2Context(SystemModel model, LocalDate date) {

    /** Ids of the data items that are personal or health data. */
    Set<String> personalData() {
        return model.data().stream()
                .filter(d -> d.category() == DataItem.Category.PHI || d.category() == DataItem.Category.PII)
                .map(DataItem::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    List<Flow> personalDataFlows() {
        Set<String> personal = personalData();
        return model.flows().stream()
                .filter(f -> f.data().stream().anyMatch(personal::contains))
                .toList();
    }

    List<Component> personalDataStores() {
        Set<String> personal = personalData();
        return model.components().stream()
                .filter(c -> c.stores().stream().anyMatch(personal::contains))
                .toList();
    }

    List<Component.Interface> interfaces() {
        return model.components().stream().flatMap(c -> c.interfaces().stream()).toList();
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
