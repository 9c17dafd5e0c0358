package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** D05: an embedded or line component that boots whatever code is in its memory. */
final class NoSecureBootRule implements Rule {

    static final Set<Component.Kind> BOOTS_FIRMWARE = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.PROGRAMMER,
            Component.Kind.PROGRAMMING_STATION,
            Component.Kind.PLC);
    /** Where the patient wears or carries the unit, not knowing is itself a finding. */
    static final Set<Component.Kind> PATIENT_SIDE = EnumSet.of(Component.Kind.DEVICE, Component.Kind.IMPLANT);

    @Override
    public String id() {
        return "no-secure-boot";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!BOOTS_FIRMWARE.contains(c.kind())) {
                continue;
            }
            Fact kind = Fact.component(c.id(), "kind", c.kind().wire());
            if (c.hardening().secureBoot().isEmpty()) {
                if (PATIENT_SIDE.contains(c.kind())) {
                    hits.add(Hit.notEnoughInformation(
                            c.id(),
                            "The model does not say whether " + c.kind().wire() + " '" + c.id()
                                    + "' verifies its firmware when it starts.",
                            Fact.component(c.id(), "hardening.secureBoot", Fact.NOT_STATED),
                            kind));
                }
            } else if (!c.hardening().secureBoot().get()) {
                hits.add(Hit.weakness(
                        c.id(),
                        c.kind().wire() + " '" + c.id() + "' starts without secure boot, so modified firmware written"
                                + " to it (through a port, a flawed update or a compromised station) runs as if genuine.",
                        Fact.component(c.id(), "hardening.secureBoot", false),
                        kind));
            }
        }
        return hits;
    }
}
