package dev.vigil.engine.threat;

import dev.vigil.engine.model.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * D08b: the manufacturer ships software in a component but lists no SBOM for it, so nobody can tell
 * which published vulnerabilities affect it.
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
                                + " owns it, so whether the manufacturer owes an SBOM is unknown.",
                        "components." + c.id() + ".owner=(not stated)",
                        "components." + c.id() + ".sbom=(none)"));
            } else if (c.owner().get() == Component.Owner.MANUFACTURER) {
                hits.add(Hit.weakness(
                        c.id(),
                        "Manufacturer-owned component '" + c.id() + "' runs software but the model names no SBOM"
                                + " for it; its third-party parts cannot be checked against new advisories.",
                        "components." + c.id() + ".owner=manufacturer",
                        "components." + c.id() + ".software="
                                + c.software().get().os().orElse("(declared)"),
                        "components." + c.id() + ".sbom=(none)"));
            }
        }
        return hits;
    }
}
