package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * U02: the update's signature is checked by a server or an app on the way, never by the device that runs
 * the code, so anything that can talk to the device after that check can install code (CareLink 2090).
 */
final class UpstreamOnlyUpdateVerificationRule implements Rule {

    static final Set<Component.Kind> END_DEVICES =
            EnumSet.of(Component.Kind.DEVICE, Component.Kind.IMPLANT, Component.Kind.SENSOR, Component.Kind.PROGRAMMER);

    @Override
    public String id() {
        return "upstream-only-update-verification";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Update u : model.model().updates()) {
            Component target = model.component(u.target());
            if (!END_DEVICES.contains(target.kind())) {
                continue;
            }
            if (u.verifiedOn() == Update.VerifiedOn.SERVER || u.verifiedOn() == Update.VerifiedOn.APP) {
                hits.add(Hit.weakness(
                        u.id(),
                        "Update '" + u.id() + "' is verified on the "
                                + u.verifiedOn().wire() + " but installed on "
                                + target.kind().wire() + " '" + target.id() + "', which does not check it itself;"
                                + " a compromised " + u.verifiedOn().wire() + " or anyone on the last hop can"
                                + " install other code.",
                        Fact.of("updates", u.id(), "verifiedOn", u.verifiedOn().wire()),
                        Fact.of("updates", u.id(), "target", target.id())
                                .and(" (" + target.kind().wire() + ")")));
            }
        }
        return hits;
    }
}
