package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * U05: the key that signs updates sits on a host reachable from the internet or on the update server
 * itself; breaking into that host yields validly signed malware for the whole fleet (ShadowHammer).
 */
final class SigningKeyInternetFacingRule implements Rule {

    @Override
    public String id() {
        return "signing-key-internet-facing";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Map<String, Secret> secrets = new HashMap<>();
        model.model().secrets().forEach(s -> secrets.put(s.id(), s));
        Map<Secret, List<String>> signs = new LinkedHashMap<>();
        for (Update u : model.model().updates()) {
            u.signedWith().map(secrets::get).ifPresent(s -> signs.computeIfAbsent(s, k -> new ArrayList<>())
                    .add(u.id()));
        }
        List<Hit> hits = new ArrayList<>();
        signs.forEach((secret, updates) -> {
            Component holder = model.component(secret.storedIn());
            List<Fact> facts = new ArrayList<>();
            facts.add(Fact.of("secrets", secret.id(), "storedIn", holder.id())
                    .and(" (" + holder.kind().wire() + ")"));
            if (holder.kind() == Component.Kind.UPDATE_SERVER) {
                facts.add(Fact.component(holder.id(), "kind", Component.Kind.UPDATE_SERVER.wire()));
            }
            Optional<Flow> internet = model.flowsOf(holder).stream()
                    .filter(f ->
                            f.network().filter(n -> n == Flow.Network.INTERNET).isPresent())
                    .findFirst();
            internet.ifPresent(f -> facts.add(Fact.flow(f.id(), "network", Flow.Network.INTERNET.wire())));
            if (facts.size() > 1) {
                facts.add(new Fact(secret.id(), "updates signed with " + secret.id(), updates.toString()));
                hits.add(new Hit(
                        secret.id(),
                        Hit.Kind.WEAKNESS,
                        "Signing key '" + secret.id() + "' for updates " + updates + " is kept on '" + holder.id()
                                + "', which "
                                + (internet.isPresent() ? "talks to the internet" : "distributes the updates")
                                + "; whoever breaks into it can sign and ship their own firmware to every unit.",
                        facts));
            }
        });
        return hits;
    }
}
