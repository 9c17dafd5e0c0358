package dev.vigil.engine.risk;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Element;
import dev.vigil.engine.model.Flow;
import java.util.Comparator;
import java.util.List;

/**
 * What a finding on one element touches: the components whose essential functions (and hazards) it
 * affects, the flows an attacker would come through, and the data whose C/I/A needs set the impact.
 * {@code scope} says in words how this was decided, for the report.
 */
record Reach(Element element, List<Component> components, List<Flow> flows, List<DataItem> data, String scope) {
    Reach {
        // Sorted by id so that scores and their facts do not depend on the order of the model's elements.
        components =
                components.stream().sorted(Comparator.comparing(Component::id)).toList();
        flows = flows.stream().sorted(Comparator.comparing(Flow::id)).toList();
        data = data.stream().sorted(Comparator.comparing(DataItem::id)).toList();
    }
}
