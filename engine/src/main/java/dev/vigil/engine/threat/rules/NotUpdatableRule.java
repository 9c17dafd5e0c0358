package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * U04: a component declares software but no update reaches it. The model format makes this a finding, not
 * an omission: such a component cannot receive fixes.
 */
final class NotUpdatableRule implements Rule {

    @Override
    public String id() {
        return "not-updatable";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.software().isPresent() && model.updatesOf(c).isEmpty()) {
                hits.add(Hit.weakness(
                        c.id(),
                        "Component '" + c.id() + "' runs software ("
                                + c.software().get().os().orElse("platform not named")
                                + ") but no update in the model targets it, so flaws found in it cannot be fixed"
                                + " in the field.",
                        Fact.component(
                                c.id(), "software", c.software().get().os().orElse("(declared)")),
                        new Fact(c.id(), "updates targeting " + c.id(), Fact.NONE)));
            }
        }
        return hits;
    }
}
