package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import java.util.ArrayList;
import java.util.List;

/** A02: privileged access from afar protected by one factor only. */
final class RemotePrivilegedWithoutMfaRule implements Rule {

    @Override
    public String id() {
        return "remote-privileged-without-mfa";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> weak = new ArrayList<>();
            List<Fact> unknown = new ArrayList<>();
            boolean privileged = false;
            for (Component.Account a : c.accounts()) {
                if (!a.privileged().orElse(false)) {
                    continue;
                }
                privileged = true;
                if (!a.remote().orElse(false)) {
                    continue;
                }
                if (a.mfa().isEmpty()) {
                    unknown.add(Fact.remotePrivilegedMfa(c.id(), a));
                } else if (!a.mfa().get()) {
                    weak.add(Fact.remotePrivilegedMfa(c.id(), a));
                }
            }
            if (privileged) {
                // A remote person without a second factor reaches the privileged accounts of what they use.
                for (User u : model.usersOf(c)) {
                    if (!u.remote().orElse(false)) {
                        continue;
                    }
                    Fact mfa = Fact.of("users", u.id(), "mfa", Fact.stated(u.mfa()))
                            .worded("users." + u.id() + ".remote=true, mfa=" + Fact.stated(u.mfa()) + ", uses="
                                    + c.id());
                    if (u.mfa().isEmpty()) {
                        unknown.add(mfa);
                    } else if (!u.mfa().get()) {
                        weak.add(mfa);
                    }
                }
            }
            Hit.fromFacts(
                            c.id(),
                            weak,
                            "Component '" + c.id() + "' accepts privileged access over the network with a single"
                                    + " factor; one phished or guessed password gives an attacker those privileges.",
                            unknown,
                            "Component '" + c.id() + "' has remote privileged accounts but the model does not say"
                                    + " whether they require multi-factor authentication.")
                    .ifPresent(hits::add);
        }
        return hits;
    }
}
