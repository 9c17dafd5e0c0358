package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * U01: an update is installed without a signature being checked. When the target verifies a signature but
 * the model names no signing key, the signer is outside the model (an operating-system or PLC vendor,
 * say): that is missing information, not proof of an unsigned update.
 */
final class UnsignedUpdateRule implements Rule {

    @Override
    public String id() {
        return "unsigned-update";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Update u : model.model().updates()) {
            Fact target = Fact.of("updates", u.id(), "target", u.target());
            if (u.verifiedOn() == Update.VerifiedOn.NONE) {
                List<Fact> facts = new ArrayList<>(
                        List.of(Fact.of("updates", u.id(), "verifiedOn", Update.VerifiedOn.NONE.wire()), target));
                if (u.signedWith().isEmpty()) {
                    facts.add(Fact.of("updates", u.id(), "signedWith", Fact.NONE));
                }
                hits.add(new Hit(
                        u.id(),
                        Hit.Kind.WEAKNESS,
                        "Update '" + u.id() + "' of '" + u.target() + "' is installed without any signature check;"
                                + " whoever can reach its path can install their own code.",
                        facts));
            } else if (u.signedWith().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        u.id(),
                        "Update '" + u.id() + "' of '" + u.target() + "' is verified on "
                                + u.verifiedOn().wire() + " but the model does not name the key that signs it.",
                        Fact.of("updates", u.id(), "signedWith", Fact.NOT_STATED),
                        Fact.of("updates", u.id(), "verifiedOn", u.verifiedOn().wire()),
                        target));
            }
        }
        return hits;
    }
}
