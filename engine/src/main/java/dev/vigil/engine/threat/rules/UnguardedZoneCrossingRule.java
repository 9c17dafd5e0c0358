package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C08: a network flow joins zones of different trust and no guarded conduit stands between them. A route may pass
 * several guarded conduits (cloud to internet to hospital). Zones of equal trust count as one level when
 * looking for that route, since the rule asks for no guard between them; the rule can only check that a
 * guarded route exists, not that the flow takes it.
 */
final class UnguardedZoneCrossingRule implements Rule {

    @Override
    public String id() {
        return "unguarded-zone-crossing";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Routes routes = new Routes(model);
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            Component from = model.component(flow.from());
            Component to = model.component(flow.to());
            Zone a = model.zoneOf(from);
            Zone b = model.zoneOf(to);
            if (a.trust() == b.trust() || pointToPoint(model, flow)) {
                continue;
            }
            Optional<Conduit> direct = routes.direct(a.id(), b.id());
            boolean openConduit = direct.isPresent() && direct.get().guards().isEmpty();
            if (!openConduit && routes.guarded(a.id(), b.id())) {
                continue;
            }
            Fact zones = Fact.component(from.id(), "zone", a.id())
                    .and(" (trust " + a.trust().wire() + "), components." + to.id() + ".zone=" + b.id() + " (trust "
                            + b.trust().wire() + ")");
            if (openConduit) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' crosses from zone '" + a.id() + "' to zone '" + b.id()
                                + "' through conduit '" + direct.get().id() + "', which has no guards.",
                        zones,
                        Fact.of("conduits", direct.get().id(), "guards", List.of())));
            } else {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' crosses from zone '" + a.id() + "' (trust "
                                + a.trust().wire()
                                + ") to zone '" + b.id() + "' (trust "
                                + b.trust().wire()
                                + ") but no guarded conduit joins the two zones; nothing filters what passes.",
                        zones,
                        new Fact(flow.id(), "conduits between " + a.id() + " and " + b.id(), Fact.NONE)));
            }
        }
        return hits;
    }

    /**
     * A radio or cable link between two units (BLE, RF telemetry, USB, serial, JTAG, ...) is not a network
     * passage a firewall could guard; pairing, authentication and debug-port rules judge it instead.
     */
    private static boolean pointToPoint(ModelIndex model, Flow flow) {
        return model.interfaceOf(flow)
                .map(i -> switch (i.type()) {
                    case ETHERNET, WIFI, CELLULAR -> false;
                    default -> true;
                })
                .orElse(false);
    }

    /** Zones joined by guarded conduits or equal trust, as disjoint sets: built once, asked per flow. */
    private static final class Routes {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Conduit> direct = new HashMap<>();

        Routes(ModelIndex model) {
            Map<Zone.Trust, String> firstOfLevel = new HashMap<>();
            for (Zone z : model.model().zones()) {
                parent.put(z.id(), z.id());
                String first = firstOfLevel.putIfAbsent(z.trust(), z.id());
                if (first != null) {
                    join(first, z.id());
                }
            }
            for (Conduit c : model.model().conduits()) {
                if (c.between().size() == 2) {
                    direct.putIfAbsent(key(c.between().get(0), c.between().get(1)), c);
                }
                if (!c.guards().isEmpty() && c.between().size() == 2) {
                    join(c.between().get(0), c.between().get(1));
                }
            }
        }

        Optional<Conduit> direct(String a, String b) {
            return Optional.ofNullable(direct.get(key(a, b)));
        }

        private static String key(String a, String b) {
            return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        }

        boolean guarded(String a, String b) {
            return root(a).equals(root(b));
        }

        private void join(String a, String b) {
            parent.put(root(a), root(b));
        }

        private String root(String z) {
            String r = z;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            parent.put(z, r);
            return r;
        }
    }
}
