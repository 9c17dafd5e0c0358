package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * U06: an update of a component that carries essential functions has no way back on its own if the
 * installation fails or is interrupted. Recovery by a service visit counts as none for the patient: the
 * function is lost until someone comes.
 */
final class NoUpdateRecoveryRule implements Rule {

    @Override
    public String id() {
        return "no-update-recovery";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Update u : model.model().updates()) {
            Component target = model.component(u.target());
            if (target.essentialFunctions().isEmpty()) {
                continue;
            }
            Fact functions = Fact.component(target.id(), "essentialFunctions", target.essentialFunctions());
            if (u.recovery().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        u.id(),
                        "The model does not say how '" + target.id() + "' recovers when update '" + u.id()
                                + "' fails, although it carries essential functions " + target.essentialFunctions()
                                + ".",
                        Fact.of("updates", u.id(), "recovery", Fact.NOT_STATED),
                        functions));
            } else if (u.recovery().get() == Update.Recovery.NONE
                    || u.recovery().get() == Update.Recovery.SERVICE_ONLY) {
                hits.add(Hit.weakness(
                        u.id(),
                        "If update '" + u.id() + "' fails or is interrupted, '" + target.id() + "' has recovery "
                                + u.recovery().get().wire() + "; its essential functions "
                                + target.essentialFunctions() + " stay lost"
                                + (u.recovery().get() == Update.Recovery.NONE ? "." : " until a service visit.")
                                + " A deliberately corrupted update becomes a denial of therapy.",
                        Fact.of(
                                "updates",
                                u.id(),
                                "recovery",
                                u.recovery().get().wire()),
                        functions));
            }
        }
        return hits;
    }
}
