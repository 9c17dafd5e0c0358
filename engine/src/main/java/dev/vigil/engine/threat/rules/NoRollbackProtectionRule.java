package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.List;

/** U03: an older, correctly signed release with known flaws can be installed again. */
final class NoRollbackProtectionRule implements Rule {

    @Override
    public String id() {
        return "no-rollback-protection";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Update u : model.model().updates()) {
            Fact target = Fact.of("updates", u.id(), "target", u.target());
            if (u.rollbackProtection().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        u.id(),
                        "The model does not say whether '" + u.target() + "' refuses older releases in update '"
                                + u.id() + "'.",
                        Fact.of("updates", u.id(), "rollbackProtection", Fact.NOT_STATED),
                        target));
            } else if (!u.rollbackProtection().get()) {
                hits.add(Hit.weakness(
                        u.id(),
                        "Update '" + u.id() + "' lets '" + u.target() + "' accept any correctly signed release,"
                                + " including older ones with known flaws; an attacker can downgrade it and"
                                + " exploit them.",
                        Fact.of("updates", u.id(), "rollbackProtection", false),
                        target));
            }
        }
        return hits;
    }
}
