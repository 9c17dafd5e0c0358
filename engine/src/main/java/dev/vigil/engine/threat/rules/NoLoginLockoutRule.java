package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A04: a guessable secret (password, PIN) on a login reachable from the internet, with no lockout. */
final class NoLoginLockoutRule implements Rule {

    static final Set<Component.Account.Authentication> GUESSABLE = EnumSet.of(
            Component.Account.Authentication.PASSWORD,
            Component.Account.Authentication.DEFAULT_PASSWORD,
            Component.Account.Authentication.PIN);

    @Override
    public String id() {
        return "no-login-lockout";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<String> inbound = model.flowsTo(c).stream()
                    .filter(f -> f.network().orElse(null) == Flow.Network.INTERNET)
                    .map(Flow::id)
                    .toList();
            List<Fact> weak = new ArrayList<>();
            List<Fact> unknown = new ArrayList<>();
            for (Component.Account a : c.accounts()) {
                // An account explicitly not usable remotely is not an internet login, whatever else flows in.
                boolean internet = a.remote().orElse(!inbound.isEmpty());
                if (!internet || !GUESSABLE.contains(a.authentication())) {
                    continue;
                }
                String reach = inbound.isEmpty() ? ", remote=true" : ", reached by internet flows " + inbound;
                String lockout = Fact.stated(a.lockout());
                Fact fact = Fact.account(c.id(), a, "lockout", lockout)
                        .worded(Fact.componentPath(c.id(), "accounts[role=" + a.role() + "]") + ".authentication="
                                + a.authentication().wire() + ", lockout=" + lockout + reach);
                if (a.lockout().isEmpty()) {
                    unknown.add(fact);
                } else if (!a.lockout().get()) {
                    weak.add(fact);
                }
            }
            Hit.fromFacts(
                            c.id(),
                            weak,
                            "Component '" + c.id() + "' takes password or PIN logins from the internet without"
                                    + " locking out repeated failures, so the secret can be guessed by brute force.",
                            unknown,
                            "Component '" + c.id() + "' takes password or PIN logins from the internet but the model"
                                    + " does not say whether repeated failures lock the account.")
                    .ifPresent(hits::add);
        }
        return hits;
    }
}
