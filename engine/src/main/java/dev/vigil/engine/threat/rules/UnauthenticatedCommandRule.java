package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * C02: a flow that can steer therapy, configuration or alarms is not mutually authenticated. One-sided
 * authentication counts as missing: the model cannot tell which side stays anonymous, and either way one
 * end may be an impostor. One exception, a control the model states: a flow that only delivers firmware of
 * updates signed and verified on the device, over TLS that authenticates the server and validates its
 * certificate. The device itself refuses anything the signer did not make, so an impostor sender steers
 * nothing (rollback and an unauthenticated downloader are other rules' findings).
 */
final class UnauthenticatedCommandRule implements Rule {

    static final Set<Component.Function> STEERED =
            EnumSet.of(Component.Function.THERAPY_DELIVERY, Component.Function.CONFIGURATION, Component.Function.ALARM);
    static final Set<DataItem.Category> COMMANDS = EnumSet.of(
            DataItem.Category.THERAPY_COMMAND, DataItem.Category.THERAPY_SETTING, DataItem.Category.CONFIGURATION);

    @Override
    public String id() {
        return "unauthenticated-command";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            Component target = model.component(flow.to());
            List<String> steered = target.functions().stream()
                    .filter(STEERED::contains)
                    .map(Component.Function::wire)
                    .toList();
            List<String> commands = model.dataOf(flow).stream()
                    .filter(d -> COMMANDS.contains(d.category()))
                    .map(DataItem::id)
                    .toList();
            if (steered.isEmpty() && commands.isEmpty()) {
                continue;
            }
            String why = commands.isEmpty()
                    ? "reaches '" + target.id() + "', which carries " + steered
                    : "carries commands or settings " + commands + " to '" + target.id() + "'";
            Fact reason = commands.isEmpty()
                    ? Fact.component(target.id(), "functions", steered)
                    : Fact.flow(flow.id(), "data", commands);
            if (flow.authentication().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' " + why + " but the model does not say how its ends authenticate.",
                        Fact.flow(flow.id(), "authentication", Fact.NOT_STATED),
                        reason));
            } else if (flow.authentication().get() != Flow.Authentication.MUTUAL
                    && !verifiedUpdateDelivery(model, flow)) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' " + why + " with authentication "
                                + flow.authentication().get().wire()
                                + "; an impostor on the link can send it instructions or pose as its peer.",
                        Fact.flow(
                                flow.id(),
                                "authentication",
                                flow.authentication().get().wire()),
                        reason));
            }
        }
        return hits;
    }

    /**
     * Server-authenticated, certificate-validating TLS carrying only firmware, each item on the path of an
     * update that is signed and verified on the device.
     */
    static boolean verifiedUpdateDelivery(ModelIndex model, Flow flow) {
        boolean serverAuthenticated = flow.authentication()
                        .filter(a -> a == Flow.Authentication.SERVER_ONLY)
                        .isPresent()
                && TlsWithoutCertificateValidationRule.isTls(flow)
                && flow.certificateValidation().orElse(false);
        if (!serverAuthenticated || flow.data().isEmpty()) {
            return false;
        }
        List<dev.vigil.engine.model.Update> verified = model.model().updates().stream()
                .filter(u -> u.path().contains(flow.id())
                        && u.signedWith().isPresent()
                        && u.verifiedOn() == dev.vigil.engine.model.Update.VerifiedOn.DEVICE)
                .toList();
        return !verified.isEmpty()
                && model.dataOf(flow).stream().allMatch(d -> d.category() == DataItem.Category.FIRMWARE);
    }
}
