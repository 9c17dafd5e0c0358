package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** R02: security logs on a device or production system that an intruder can edit or erase. */
final class UnprotectedLogsRule implements Rule {

    /** Devices and production or engineering systems, where an intruder works locally on the logging host. */
    static final Set<Component.Kind> DEVICES_AND_PRODUCTION = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.PROGRAMMING_STATION,
            Component.Kind.TEST_STATION,
            Component.Kind.MES,
            Component.Kind.PLC,
            Component.Kind.HMI,
            Component.Kind.WORKSTATION,
            Component.Kind.BUILD_SERVER,
            Component.Kind.SOURCE_REPO,
            Component.Kind.SIGNING_SERVICE);

    @Override
    public String id() {
        return "unprotected-logs";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!DEVICES_AND_PRODUCTION.contains(c.kind())
                    || !c.logging().securityEvents().orElse(false)) {
                continue;
            }
            if (c.logging().tamperProtected().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "Component '" + c.id() + "' records security events but the model does not say whether"
                                + " the records are protected against tampering.",
                        Fact.component(c.id(), "logging.securityEvents", true),
                        Fact.component(c.id(), "logging.tamperProtected", Fact.NOT_STATED)));
            } else if (!c.logging().tamperProtected().get()) {
                hits.add(Hit.weakness(
                        c.id(),
                        "Component '" + c.id() + "' records security events that can be altered or deleted;"
                                + " an intruder erases the traces before anyone reads them.",
                        Fact.component(c.id(), "logging.securityEvents", true),
                        Fact.component(c.id(), "logging.tamperProtected", false),
                        Fact.component(
                                c.id(),
                                "logging.forwardedTo",
                                Fact.stated(c.logging().forwardedTo()))));
            }
        }
        return hits;
    }
}
