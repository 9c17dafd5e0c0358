package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * D08b: software the manufacturer delivers runs in a component but the model lists no SBOM for it, so
 * nobody can tell which published vulnerabilities affect it. The owner says who operates the component,
 * not who made its software: a pump a hospital operates, or an implant a patient carries, still runs the
 * manufacturer's software, so only a third-party operated component (whose SBOM is its operator's) is left
 * out. A process finding: it is rated by its metadata's process severity, not as a network attack.
 */
final class MissingSbomRule implements Rule {

    @Override
    public String id() {
        return "missing-sbom";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.software().isEmpty() || c.sbom().isPresent()) {
                continue;
            }
            if (c.owner().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "Component '" + c.id() + "' runs software and has no SBOM, and the model does not say who"
                                + " operates it, so whether the manufacturer owes an SBOM is unknown.",
                        Fact.component(c.id(), "owner", Fact.NOT_STATED),
                        Fact.component(c.id(), "sbom", Fact.NONE)));
            } else if (c.owner().get() != Component.Owner.THIRD_PARTY) {
                String owner = c.owner().get().wire();
                String operated = c.owner().get() == Component.Owner.MANUFACTURER
                        ? "Manufacturer-operated component '" + c.id() + "'"
                        : "Component '" + c.id() + "' (operated by the " + owner + ", software from the manufacturer)";
                hits.add(Hit.weakness(
                        c.id(),
                        operated + " runs software but the model names no SBOM for it; its third-party parts"
                                + " cannot be checked against new advisories.",
                        Fact.component(c.id(), "owner", owner),
                        Fact.component(
                                c.id(), "software", c.software().get().os().orElse("(declared)")),
                        Fact.component(c.id(), "sbom", Fact.NONE)));
            }
        }
        return hits;
    }
}
