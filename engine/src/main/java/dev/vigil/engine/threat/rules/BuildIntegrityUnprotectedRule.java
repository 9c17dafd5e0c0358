package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * M04: a build server or source repository that less trusted networks can reach while it is neither
 * hardened against foreign code nor fed only over mutually authenticated flows (the SolarWinds and
 * CCleaner pattern: malicious code added at build time ships signed).
 */
final class BuildIntegrityUnprotectedRule implements Rule {

    static final Set<Zone.Type> UNTRUSTED_ORIGINS =
            EnumSet.of(Zone.Type.OFFICE_IT, Zone.Type.VENDOR_REMOTE, Zone.Type.INTERNET);

    @Override
    public String id() {
        return "build-integrity-unprotected";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Set<String> zonesNextToUntrusted = new HashSet<>();
        for (Conduit conduit : model.model().conduits()) {
            List<String> between = conduit.between();
            for (int i = 0; i < between.size(); i++) {
                String other = between.get(1 - i);
                if (UNTRUSTED_ORIGINS.contains(model.zone(other).type())) {
                    zonesNextToUntrusted.add(between.get(i));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.kind() != Component.Kind.BUILD_SERVER && c.kind() != Component.Kind.SOURCE_REPO) {
                continue;
            }
            List<Fact> weak = new ArrayList<>();
            List<Fact> unknown = new ArrayList<>();
            List<Fact> exposure = new ArrayList<>();
            if (zonesNextToUntrusted.contains(c.zone())) {
                exposure.add(Fact.of("zones", c.zone(), "conduitTo", "office-it, vendor-remote or internet")
                        .worded("zone " + c.zone() + " of " + c.id() + " has a conduit to an office-it, vendor-remote"
                                + " or internet zone"));
            }
            for (Flow f : model.flowsTo(c)) {
                Zone from = model.zoneOf(model.component(f.from()));
                if (UNTRUSTED_ORIGINS.contains(from.type())) {
                    exposure.add(Fact.flow(f.id(), "from", f.from())
                            .and(" in zone " + from.id() + " (type "
                                    + from.type().wire() + ")"));
                }
                String authentication = Fact.stated(f.authentication().map(Flow.Authentication::wire));
                Fact fact = Fact.flow(f.id(), "authentication", authentication)
                        .worded("flows." + f.id() + ".to=" + c.id() + ", authentication=" + authentication);
                if (f.authentication().isEmpty()) {
                    unknown.add(fact);
                } else if (f.authentication().get() != Flow.Authentication.MUTUAL) {
                    weak.add(fact);
                }
            }
            if (!exposure.isEmpty()) {
                Optional<Boolean> secureBoot = c.hardening().secureBoot();
                Optional<Boolean> allowlist = c.hardening().applicationAllowlist();
                Fact hardening = Fact.component(c.id(), "hardening.secureBoot", Fact.stated(secureBoot))
                        .and(", applicationAllowlist=" + Fact.stated(allowlist));
                if (!secureBoot.orElse(false) && !allowlist.orElse(false)) {
                    boolean stated = secureBoot.isPresent() || allowlist.isPresent();
                    (stated ? weak : unknown).add(hardening);
                    (stated ? weak : unknown).addAll(exposure);
                }
            }
            if (!weak.isEmpty()) {
                List<Fact> facts = new ArrayList<>(weak);
                facts.addAll(unknown);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        c.kind().wire() + " '" + c.id() + "' can be fed code or changed by a party it does not"
                                + " authenticate or from a less trusted network without integrity protection;"
                                + " code injected here is built and signed as a genuine release.",
                        facts));
            } else if (!unknown.isEmpty()) {
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "The model does not state how " + c.kind().wire() + " '" + c.id()
                                + "' is protected against tampering by what can reach it.",
                        unknown));
            }
        }
        return hits;
    }
}
