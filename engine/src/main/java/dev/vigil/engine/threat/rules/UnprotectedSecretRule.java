package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * D03: a key kept where software can read it out. It matters on units that leave the manufacturer's hands
 * (devices, apps, line equipment) and, anywhere, for the keys that make code or devices trusted.
 */
final class UnprotectedSecretRule implements Rule {

    static final Set<Component.Kind> FIELDED = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.MOBILE_APP,
            Component.Kind.DESKTOP_APP,
            Component.Kind.PLC,
            Component.Kind.HMI);
    static final Set<Secret.Protection> SOFT =
            EnumSet.of(Secret.Protection.HARDCODED, Secret.Protection.FILE, Secret.Protection.SOFTWARE);
    static final Set<Secret.Type> ROOTS_OF_TRUST = EnumSet.of(Secret.Type.CODE_SIGNING, Secret.Type.DEVICE_IDENTITY);

    @Override
    public String id() {
        return "unprotected-secret";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Secret s : model.model().secrets()) {
            if (!SOFT.contains(s.protection())) {
                continue;
            }
            Component holder = model.component(s.storedIn());
            String why;
            if (s.protection() == Secret.Protection.HARDCODED) {
                why = "it is built into the software, identical wherever that software runs";
            } else if (ROOTS_OF_TRUST.contains(s.type())) {
                why = "it is a " + s.type().wire() + " key, which decides what code or which devices are trusted";
            } else if (FIELDED.contains(holder.kind())) {
                why = "'" + holder.id() + "' is a " + holder.kind().wire()
                        + " that leaves the manufacturer's control, where it can be taken apart";
            } else {
                continue;
            }
            hits.add(Hit.weakness(
                    s.id(),
                    "Secret '" + s.id() + "' (" + s.type().wire() + ") is kept in '" + holder.id()
                            + "' with protection "
                            + s.protection().wire() + "; " + why
                            + ", so whoever reads the storage or memory can copy it.",
                    Fact.of("secrets", s.id(), "protection", s.protection().wire()),
                    Fact.of("secrets", s.id(), "type", s.type().wire()),
                    Fact.of("secrets", s.id(), "storedIn", holder.id())
                            .and(" (" + holder.kind().wire() + ")")));
        }
        return hits;
    }
}
