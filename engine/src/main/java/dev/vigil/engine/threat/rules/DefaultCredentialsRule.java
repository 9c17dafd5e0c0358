package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/** D02: an account protected by a default or hard-coded password. */
final class DefaultCredentialsRule implements Rule {

    @Override
    public String id() {
        return "default-credentials";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> facts = new ArrayList<>();
            for (Component.Account a : c.accounts()) {
                switch (a.authentication()) {
                    case DEFAULT_PASSWORD, HARDCODED -> facts.add(Fact.component(
                                    c.id(),
                                    "accounts[role=" + a.role() + "].authentication",
                                    a.authentication().wire())
                            .and(a.privileged()
                                    .filter(p -> p)
                                    .map(p -> ", privileged=true")
                                    .orElse("")));
                    default -> {}
                }
            }
            if (!facts.isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' has accounts whose password is the same on every unit or"
                                + " cannot be changed; once it is known, every unit is open.",
                        facts));
            }
        }
        return hits;
    }
}
