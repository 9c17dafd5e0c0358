package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** D01: a debug port (JTAG, SWD, UART, serial) usable in the field. */
final class DebugPortEnabledRule implements Rule {

    static final Set<Component.Kind> EMBEDDED = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.PLC,
            Component.Kind.HMI);

    @Override
    public String id() {
        return "debug-port-enabled";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> facts = new ArrayList<>();
            for (Component.Interface i : c.interfaces()) {
                boolean debug = i.isDebug() || i.type() == Component.Interface.Type.SERIAL;
                if (debug && i.enabledInField()) {
                    facts.add(Fact.enabledInterface(c.id(), i));
                }
            }
            c.hardening()
                    .debugPortsLocked()
                    .filter(locked -> !locked)
                    .ifPresent(locked -> facts.add(new Fact(c.id(), lockPath(c), "false")));
            if (!facts.isEmpty() && !c.hardening().debugPortsLocked().orElse(false)) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' exposes a debug port in the field that is not locked; with"
                                + " physical access an attacker can read memory, extract keys or replace firmware.",
                        facts));
            } else if (EMBEDDED.contains(c.kind())
                    && c.hardening().debugPortsLocked().isEmpty()
                    && c.interfaces().isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "The model lists no interfaces for embedded component '" + c.id()
                                + "' and does not say whether its debug ports are locked.",
                        List.of(new Fact(c.id(), lockPath(c), Fact.NOT_STATED))));
            }
        }
        return hits;
    }

    private static String lockPath(Component c) {
        return Fact.componentPath(c.id(), Fact.DEBUG_PORTS_LOCKED);
    }
}
