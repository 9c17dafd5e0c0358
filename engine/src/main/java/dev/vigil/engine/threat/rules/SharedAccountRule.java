package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import java.util.ArrayList;
import java.util.List;

/** A03: an account or login shared by several people, so actions cannot be traced to a person. */
final class SharedAccountRule implements Rule {

    @Override
    public String id() {
        return "shared-account";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> facts = new ArrayList<>();
            for (Component.Account a : c.accounts()) {
                if (a.shared().orElse(false)) {
                    facts.add(Fact.account(c.id(), a, "shared", true));
                }
            }
            for (User u : model.usersOf(c)) {
                if (u.shared().orElse(false)) {
                    facts.add(Fact.of("users", u.id(), "shared", true).and(", uses=" + c.id()));
                }
            }
            if (!facts.isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' is used through a shared login: its logs cannot tell who"
                                + " did what, and a leaver or a leaked password keeps working for everyone.",
                        facts));
            }
        }
        return hits;
    }
}
