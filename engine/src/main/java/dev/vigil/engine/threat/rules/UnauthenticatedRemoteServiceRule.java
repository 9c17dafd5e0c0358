package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * C10: a device talks over the internet to a remote service that never proves who it is (no
 * authentication, or only the device's side authenticated). Whoever sits on the path can pose as the
 * service and feed the device data, settings or software (ICSMA-17-009-01A, endpoints of a transmitter's
 * channel to its web site not verified; ICSMA-18-058-01, a programmer downloading updates without making
 * sure it reached the vendor's network). Server-only authentication is read as the remote service being
 * the server, the usual case of a device calling home. Flows that steer the device are left to
 * {@code unauthenticated-command}, which already reports a peer that can pose as the other end.
 */
final class UnauthenticatedRemoteServiceRule implements Rule {

    /** The medical device side of a flow. */
    static final Set<Component.Kind> DEVICES =
            EnumSet.of(Component.Kind.DEVICE, Component.Kind.IMPLANT, Component.Kind.SENSOR, Component.Kind.PROGRAMMER);

    @Override
    public String id() {
        return "unauthenticated-remote-service";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            if (flow.network().filter(n -> n == Flow.Network.INTERNET).isEmpty()) {
                continue;
            }
            Component from = model.component(flow.from());
            Component to = model.component(flow.to());
            boolean fromDevice = DEVICES.contains(from.kind());
            boolean toDevice = DEVICES.contains(to.kind());
            if (fromDevice == toDevice || steers(model, flow, to)) {
                continue;
            }
            Component device = fromDevice ? from : to;
            Component service = fromDevice ? to : from;
            Fact where = Fact.flow(flow.id(), "network", Flow.Network.INTERNET.wire());
            Fact peers = Fact.flow(flow.id(), fromDevice ? "to" : "from", service.id())
                    .worded("flows." + flow.id() + ": device " + device.id() + ", remote service " + service.id());
            if (flow.authentication().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Device '" + device.id() + "' talks to remote service '" + service.id() + "' over the internet"
                                + " on flow '" + flow.id() + "' but the model does not say whether the service"
                                + " authenticates itself.",
                        Fact.flow(flow.id(), "authentication", Fact.NOT_STATED),
                        where,
                        peers));
            } else if (flow.authentication().get() == Flow.Authentication.NONE
                    || flow.authentication().get() == Flow.Authentication.CLIENT_ONLY) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Remote service '" + service.id() + "' does not authenticate itself to device '" + device.id()
                                + "' on flow '" + flow.id() + "' (authentication "
                                + flow.authentication().get().wire() + "); anyone on the path can pose as the"
                                + " service and feed the device what it likes.",
                        Fact.flow(
                                flow.id(),
                                "authentication",
                                flow.authentication().get().wire()),
                        where,
                        peers));
            }
        }
        return hits;
    }

    /** What {@code unauthenticated-command} judges: commands or settings, or a flow into a steered device. */
    private static boolean steers(ModelIndex model, Flow flow, Component to) {
        return to.functions().stream().anyMatch(UnauthenticatedCommandRule.STEERED::contains)
                || model.dataOf(flow).stream()
                        .anyMatch(d -> UnauthenticatedCommandRule.COMMANDS.contains(d.category()));
    }
}
