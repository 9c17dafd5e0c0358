package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A01: a privileged role reaches a component without authenticating. */
final class PrivilegedWithoutAuthenticationRule implements Rule {

    /** Roles that can change therapy, configuration or accounts, so they must prove who they are. */
    static final Set<User.Kind> PRIVILEGED_ROLES =
            EnumSet.of(User.Kind.CLINICIAN, User.Kind.SERVICE_TECHNICIAN, User.Kind.ADMINISTRATOR, User.Kind.BIOMED);

    @Override
    public String id() {
        return "privileged-without-authentication";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> facts = new ArrayList<>();
            boolean anyOpen = false;
            for (Component.Account a : c.accounts()) {
                if (a.authentication() != Component.Account.Authentication.NONE) {
                    continue;
                }
                anyOpen = true;
                if (a.privileged().orElse(false)) {
                    facts.add(Fact.account(c.id(), a, "authentication", "none").and(", privileged=true"));
                }
            }
            if (anyOpen) {
                for (User u : model.usersOf(c)) {
                    if (PRIVILEGED_ROLES.contains(u.kind())) {
                        facts.add(Fact.of("users", u.id(), "kind", u.kind().wire())
                                .and(", uses=" + c.id()));
                    }
                }
            }
            if (!facts.isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Component '" + c.id() + "' lets a privileged role in without authentication, so"
                                + " anyone who reaches it can act with that role's rights.",
                        facts));
            }
        }
        return hits;
    }
}
