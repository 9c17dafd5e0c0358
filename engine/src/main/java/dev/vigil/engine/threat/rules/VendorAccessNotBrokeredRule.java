package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.User;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * M07: equipment vendors reach production or engineering systems without passing a conduit that forces
 * both a jump host and a second factor, so one stolen vendor password opens the line.
 */
final class VendorAccessNotBrokeredRule implements Rule {

    static final Set<Zone.Type> PROTECTED =
            EnumSet.of(Zone.Type.PRODUCTION, Zone.Type.ENGINEERING, Zone.Type.SECURE_ROOM);

    @Override
    public String id() {
        return "vendor-access-not-brokered";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Map<Set<String>, Conduit> conduits = new HashMap<>();
        model.model().conduits().forEach(c -> conduits.putIfAbsent(Set.copyOf(c.between()), c));
        // Keyed by element so that several flows through one conduit give one finding on it.
        Map<String, List<Fact>> weak = new LinkedHashMap<>();
        for (Flow f : model.flows()) {
            Zone from = model.zoneOf(model.component(f.from()));
            Zone to = model.zoneOf(model.component(f.to()));
            if (from.type() != Zone.Type.VENDOR_REMOTE || !PROTECTED.contains(to.type())) {
                continue;
            }
            Conduit conduit = conduits.get(Set.of(from.id(), to.id()));
            if (conduit == null) {
                weak.computeIfAbsent(f.id(), k -> new ArrayList<>())
                        .add(new Fact(f.id(), "conduits between " + from.id() + " and " + to.id(), Fact.NONE)
                                .worded("flows." + f.id() + " goes from zone " + from.id() + " (vendor-remote) to zone "
                                        + to.id() + " (" + to.type().wire() + ") with no conduit between them"));
            } else if (!conduit.guards().contains(Conduit.Guard.JUMP_HOST)
                    || !conduit.guards().contains(Conduit.Guard.MFA)) {
                weak.computeIfAbsent(conduit.id(), k -> new ArrayList<>())
                        .add(Fact.of(
                                        "conduits",
                                        conduit.id(),
                                        "guards",
                                        conduit.guards().stream()
                                                .map(Conduit.Guard::wire)
                                                .toList())
                                .and(" (lacks " + missingGuards(conduit) + "), used by flows." + f.id()));
            }
        }
        List<Hit> hits = new ArrayList<>();
        weak.forEach((element, facts) -> hits.add(new Hit(
                element,
                Hit.Kind.WEAKNESS,
                "Vendor access from a vendor-remote zone reaches production or engineering systems through '" + element
                        + "' without both a jump host and multi-factor authentication.",
                facts)));
        for (User u : model.model().users()) {
            if (u.kind() == User.Kind.VENDOR) {
                checkVendor(model, u).ifPresent(hits::add);
            }
        }
        return hits;
    }

    private static Optional<Hit> checkVendor(ModelIndex model, User u) {
        List<String> reached = new ArrayList<>();
        boolean viaJumpHost = false;
        for (String used : u.uses()) {
            Component c = model.findComponent(used)
                    .or(() -> model.ownerOfInterface(used))
                    .orElseThrow();
            viaJumpHost |= c.kind() == Component.Kind.JUMP_HOST;
            if (PROTECTED.contains(model.zoneOf(c).type())) {
                reached.add(c.id());
            }
        }
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        if (u.mfa().isEmpty()) {
            facts.add(Fact.of("users", u.id(), "mfa", Fact.NOT_STATED));
        } else if (!u.mfa().get()) {
            facts.add(Fact.of("users", u.id(), "mfa", false));
        }
        if (!viaJumpHost) {
            facts.add(Fact.of("users", u.id(), "uses[kind=jump-host]", Fact.NONE)
                    .worded("users." + u.id() + ".uses contains no jump-host"));
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        facts.add(Fact.of("users", u.id(), "kind", User.Kind.VENDOR.wire()).and(", reaches " + reached));
        boolean onlyUnknown = u.mfa().isEmpty() && viaJumpHost;
        return Optional.of(new Hit(
                u.id(),
                onlyUnknown ? Hit.Kind.NOT_ENOUGH_INFORMATION : Hit.Kind.WEAKNESS,
                onlyUnknown
                        ? "The model does not say whether vendor '" + u.id() + "' must use a second factor to"
                                + " reach " + reached + "."
                        : "Vendor '" + u.id() + "' reaches " + reached + " without brokered, multi-factor access;"
                                + " a phished vendor password gives an attacker hands on the line.",
                facts));
    }

    private static List<String> missingGuards(Conduit conduit) {
        List<String> missing = new ArrayList<>();
        if (!conduit.guards().contains(Conduit.Guard.JUMP_HOST)) {
            missing.add("jump-host");
        }
        if (!conduit.guards().contains(Conduit.Guard.MFA)) {
            missing.add("mfa");
        }
        return missing;
    }
}
