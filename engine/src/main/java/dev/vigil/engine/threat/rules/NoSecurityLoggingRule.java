package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R01: a device, service, station or server that records no security events. */
final class NoSecurityLoggingRule implements Rule {

    /** Kinds expected to record security events; apps, HSMs and outside systems are judged elsewhere. */
    static final Set<Component.Kind> LOGGING_EXPECTED = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.PROGRAMMER,
            Component.Kind.WEB_APP,
            Component.Kind.SERVICE,
            Component.Kind.DATABASE,
            Component.Kind.FILE_STORE,
            Component.Kind.UPDATE_SERVER,
            Component.Kind.BUILD_SERVER,
            Component.Kind.SOURCE_REPO,
            Component.Kind.SIGNING_SERVICE,
            Component.Kind.PROGRAMMING_STATION,
            Component.Kind.TEST_STATION,
            Component.Kind.MES,
            Component.Kind.PLC,
            Component.Kind.HMI,
            Component.Kind.WORKSTATION,
            Component.Kind.JUMP_HOST,
            Component.Kind.FIREWALL,
            Component.Kind.IDENTITY_PROVIDER,
            Component.Kind.LOG_SERVER);

    @Override
    public String id() {
        return "no-security-logging";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!LOGGING_EXPECTED.contains(c.kind())) {
                continue;
            }
            if (c.logging().securityEvents().isEmpty()) {
                // Only the manufacturer can be asked about its own components; others are the operator's.
                if (c.owner().orElse(null) == Component.Owner.MANUFACTURER) {
                    hits.add(Hit.notEnoughInformation(
                            c.id(),
                            "The model does not say whether manufacturer-owned "
                                    + c.kind().wire() + " '" + c.id() + "' records security events.",
                            Fact.component(c.id(), "logging.securityEvents", Fact.NOT_STATED),
                            Fact.component(c.id(), "owner", Component.Owner.MANUFACTURER.wire())));
                }
            } else if (!c.logging().securityEvents().get()) {
                hits.add(Hit.weakness(
                        c.id(),
                        c.kind().wire() + " '" + c.id() + "' records no security events, so an attack on it can"
                                + " be neither detected nor investigated afterwards.",
                        Fact.component(c.id(), "logging.securityEvents", false)));
            }
        }
        return hits;
    }
}
