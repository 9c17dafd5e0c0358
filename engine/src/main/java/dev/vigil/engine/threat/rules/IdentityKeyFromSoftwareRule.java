package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import java.util.ArrayList;
import java.util.List;

/** M05: device identity keys or certificates injected in production from a source other than an HSM. */
final class IdentityKeyFromSoftwareRule implements Rule {

    @Override
    public String id() {
        return "identity-key-from-software";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (ProductionStep step : model.model().production()) {
            List<String> keys = step.injects().stream()
                    .map(model::data)
                    .filter(d -> d.category() == DataItem.Category.CRYPTO_KEY
                            || d.category() == DataItem.Category.CERTIFICATE)
                    .map(DataItem::id)
                    .toList();
            if (keys.isEmpty()) {
                continue;
            }
            Fact injects = Fact.of("production", step.id(), "injects", keys);
            if (step.keySource().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        step.id(),
                        "Production step '" + step.id() + "' injects keys " + keys
                                + " but the model does not say where they come from.",
                        injects,
                        Fact.of("production", step.id(), "keySource", Fact.NOT_STATED)));
                continue;
            }
            Component source = model.component(step.keySource().get());
            if (source.kind() != Component.Kind.HSM) {
                hits.add(Hit.weakness(
                        step.id(),
                        "Production step '" + step.id() + "' injects keys " + keys + " generated or held by "
                                + source.kind().wire() + " '" + source.id() + "' instead of an HSM; the keys exist"
                                + " in software where they can be copied to clone devices.",
                        injects,
                        Fact.of("production", step.id(), "keySource", source.id()),
                        Fact.component(source.id(), "kind", source.kind().wire())));
            }
        }
        return hits;
    }
}
