package dev.vigil.engine.risk;

import dev.vigil.engine.cvss.CvssV31Base.AttackComplexity;
import dev.vigil.engine.cvss.CvssV31Base.AttackVector;
import dev.vigil.engine.cvss.CvssV31Base.PrivilegesRequired;
import dev.vigil.engine.cvss.CvssV31Base.Scope;
import dev.vigil.engine.cvss.CvssV31Base.UserInteraction;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.Zone;
import dev.vigil.engine.threat.rules.Fact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CVSS v3.1 exploitability metrics read from model facts. Each method returns the metric and a
 * {@link Factor} naming the facts; where a fact is missing it assumes the value worst for the patient
 * and says so, because omitted security facts are unknown, never safe.
 */
final class VectorDerivation {

    static final Set<Component.Interface.Type> PHYSICAL_ONLY = EnumSet.of(
            Component.Interface.Type.JTAG,
            Component.Interface.Type.SWD,
            Component.Interface.Type.UART,
            Component.Interface.Type.SERIAL,
            Component.Interface.Type.USB);

    private static final Set<Flow.Pairing> STRONG_PAIRING =
            EnumSet.of(Flow.Pairing.PASSKEY, Flow.Pairing.NUMERIC_COMPARISON, Flow.Pairing.OUT_OF_BAND);

    private final ModelIndex index;

    VectorDerivation(ModelIndex index) {
        this.index = index;
    }

    record Picked<T>(T metric, Factor factor) {}

    /**
     * The attack vector and the flows an attacker would come through at that distance; {@code debugFacts}
     * is non-empty when the weakness is a debug port, which has no login of its own.
     */
    record Entry(Picked<AttackVector> vector, List<Flow> flows, List<String> debugFacts) {}

    Entry attackVector(Reach reach, List<Fact> hitFacts) {
        List<Component.Interface> physical = physicalInterfaces(reach, hitFacts);
        if (!physical.isEmpty()) {
            List<String> facts = physical.stream()
                    .map(i -> owner(i) + ".interfaces." + i.id() + ".type="
                            + i.type().wire())
                    .toList();
            return new Entry(
                    picked(
                            AttackVector.PHYSICAL,
                            "the weakness is on a debug or USB interface, used by touching the unit",
                            facts),
                    List.of(),
                    physical.stream().allMatch(VectorDerivation::isDebug) ? facts : List.of());
        }
        List<String> lockFacts = debugLockFacts(reach, hitFacts);
        if (!lockFacts.isEmpty()) {
            return new Entry(
                    picked(
                            AttackVector.PHYSICAL,
                            "the weakness is an unlocked debug port, used by touching the unit",
                            lockFacts),
                    List.of(),
                    lockFacts);
        }
        if (reach.flows().isEmpty()) {
            return new Entry(
                    picked(
                            AttackVector.NETWORK,
                            "no flow reaches " + reach.element().id()
                                    + " in the model, so the worst case (reachable from the internet) is assumed",
                            List.of()),
                    List.of(),
                    List.of());
        }
        List<Flow> unknown =
                reach.flows().stream().filter(f -> f.network().isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return new Entry(
                    picked(
                            AttackVector.NETWORK,
                            "a flow reaching " + reach.element().id()
                                    + " does not state its network, so the worst case (internet) is assumed",
                            unknown.stream()
                                    .limit(3)
                                    .map(f -> "flows." + f.id() + ".network=(not stated)")
                                    .toList()),
                    unknown,
                    List.of());
        }
        Flow.Network worst = reach.flows().stream()
                .map(f -> f.network().orElseThrow())
                .max(Enum::compareTo)
                .orElseThrow();
        List<Flow> entry =
                reach.flows().stream().filter(f -> f.network().get() == worst).toList();
        return new Entry(
                picked(
                        vectorOf(worst),
                        "the most exposed flow reaching " + reach.element().id() + " is on the " + worst.wire()
                                + " network",
                        entry.stream()
                                .limit(3)
                                .map(f -> "flows." + f.id() + ".network=" + worst.wire())
                                .toList()),
                entry,
                List.of());
    }

    static AttackVector vectorOf(Flow.Network network) {
        return switch (network) {
            case INTERNET -> AttackVector.NETWORK;
            case ADJACENT -> AttackVector.ADJACENT;
            case LOCAL -> AttackVector.LOCAL;
            case PHYSICAL -> AttackVector.PHYSICAL;
        };
    }

    /** High only when every entry flow makes the attacker beat pairing or encryption with replay protection. */
    Picked<AttackComplexity> attackComplexity(List<Flow> entry) {
        if (entry.isEmpty()) {
            return picked(
                    AttackComplexity.LOW, "no flow protection stands between the attacker and the element", List.of());
        }
        List<String> protectedBy = new ArrayList<>();
        for (Flow f : entry) {
            Optional<String> protection = protection(f);
            if (protection.isEmpty()) {
                return picked(
                        AttackComplexity.LOW,
                        "flow " + f.id() + " has no strong pairing and no encryption" + " with replay protection",
                        weakFacts(f));
            }
            protectedBy.add(protection.get());
        }
        return picked(AttackComplexity.HIGH, "every entry flow must be broken into first", protectedBy);
    }

    private static Optional<String> protection(Flow f) {
        if (f.pairing().filter(STRONG_PAIRING::contains).isPresent()) {
            return Optional.of(
                    "flows." + f.id() + ".pairing=" + f.pairing().get().wire());
        }
        boolean encrypted =
                f.encryption().filter(e -> e != Flow.Encryption.NONE).isPresent();
        if (encrypted && f.replayProtection().orElse(false)) {
            return Optional.of(
                    "flows." + f.id() + ".encryption=" + f.encryption().get().wire() + ", replayProtection=true");
        }
        return Optional.empty();
    }

    private static List<String> weakFacts(Flow f) {
        String p = "flows." + f.id() + ".";
        List<String> facts = new ArrayList<>();
        facts.add(p + "encryption=" + f.encryption().map(Flow.Encryption::wire).orElse("(not stated)"));
        facts.add(p + "replayProtection="
                + f.replayProtection().map(String::valueOf).orElse("(not stated)"));
        f.pairing().ifPresent(x -> facts.add(p + "pairing=" + x.wire()));
        return facts;
    }

    /** Accounts of the one affected component when there is one; otherwise the entry flows' authentication. */
    Picked<PrivilegesRequired> privilegesRequired(Reach reach, Entry access) {
        List<Flow> entry = access.flows();
        if (!access.debugFacts().isEmpty()) {
            return picked(PrivilegesRequired.NONE, "a debug interface has no login of its own", access.debugFacts());
        }
        boolean single = reach.components().size() == 1
                && (reach.element() instanceof Component
                        || reach.element() instanceof Secret
                        || reach.element() instanceof ProductionStep
                        || reach.element() instanceof Component.Interface);
        if (single && !reach.components().get(0).accounts().isEmpty()) {
            Component c = reach.components().get(0);
            Component.Account weakest = c.accounts().stream()
                    .min((a, b) -> privileges(a.authentication()).compareTo(privileges(b.authentication())))
                    .orElseThrow();
            return picked(
                    privileges(weakest.authentication()),
                    "the weakest account of " + c.id() + " uses "
                            + weakest.authentication().wire(),
                    List.of("components." + c.id() + ".accounts[role=" + weakest.role() + "].authentication="
                            + weakest.authentication().wire()));
        }
        if (entry.isEmpty()) {
            return picked(
                    PrivilegesRequired.NONE,
                    "the model states no authentication in front of "
                            + reach.element().id() + ", so none is assumed",
                    List.of());
        }
        Flow weakest = entry.stream()
                .min((a, b) -> privileges(a).compareTo(privileges(b)))
                .orElseThrow();
        String auth = weakest.authentication().map(Flow.Authentication::wire).orElse("(not stated)");
        String why = weakest.authentication().isEmpty()
                ? "flow " + weakest.id() + " does not state its authentication, so none is assumed"
                : "flow " + weakest.id() + " uses " + auth + " authentication";
        return picked(privileges(weakest), why, List.of("flows." + weakest.id() + ".authentication=" + auth));
    }

    static boolean isDebug(Component.Interface i) {
        return i.isDebug() || i.type() == Component.Interface.Type.SERIAL;
    }

    static PrivilegesRequired privileges(Component.Account.Authentication authentication) {
        return switch (authentication) {
            case NONE, DEFAULT_PASSWORD, HARDCODED -> PrivilegesRequired.NONE;
            case PASSWORD, PIN, BIOMETRIC -> PrivilegesRequired.LOW;
            case CERTIFICATE, TOKEN -> PrivilegesRequired.HIGH;
        };
    }

    /** Server-only authentication proves the server to the client, not the attacker's side to the receiver. */
    static PrivilegesRequired privileges(Flow flow) {
        return switch (flow.authentication().orElse(Flow.Authentication.NONE)) {
            case NONE, SERVER_ONLY -> PrivilegesRequired.NONE;
            case CLIENT_ONLY -> PrivilegesRequired.LOW;
            case MUTUAL -> PrivilegesRequired.HIGH;
        };
    }

    Picked<UserInteraction> userInteraction(Reach reach) {
        if (reach.element() instanceof Update u && u.authorizedBy().isPresent()) {
            return picked(
                    UserInteraction.REQUIRED,
                    "a person must authorize the update before it installs",
                    List.of("updates." + u.id() + ".authorizedBy="
                            + u.authorizedBy().get()));
        }
        return picked(UserInteraction.NONE, "nothing in the model makes a user act before the attack works", List.of());
    }

    /** Changed only when the element itself carries the attack into a more trusted zone. */
    Picked<Scope> scope(Reach reach) {
        List<Flow> crossing = new ArrayList<>();
        if (reach.element() instanceof Flow f) {
            crossing.add(f);
        } else if (reach.element() instanceof Update) {
            crossing.addAll(reach.flows());
        }
        for (Flow f : crossing) {
            Zone from = index.zoneOf(index.component(f.from()));
            Zone to = index.zoneOf(index.component(f.to()));
            if (to.trust().compareTo(from.trust()) > 0) {
                return picked(
                        Scope.CHANGED,
                        "flow " + f.id() + " enters a more trusted zone",
                        List.of(
                                "zones." + from.id() + ".trust=" + from.trust().wire(),
                                "zones." + to.id() + ".trust=" + to.trust().wire()));
            }
        }
        if (reach.element() instanceof Conduit c && c.between().size() == 2) {
            Zone a = index.zone(c.between().get(0));
            Zone b = index.zone(c.between().get(1));
            if (a.trust() != b.trust()) {
                return picked(
                        Scope.CHANGED,
                        "the conduit joins zones of different trust",
                        List.of(
                                "zones." + a.id() + ".trust=" + a.trust().wire(),
                                "zones." + b.id() + ".trust=" + b.trust().wire()));
            }
        }
        return picked(Scope.UNCHANGED, "the element does not cross into a more trusted zone", List.of());
    }

    private List<Component.Interface> physicalInterfaces(Reach reach, List<Fact> hitFacts) {
        if (reach.element() instanceof Component.Interface i) {
            return PHYSICAL_ONLY.contains(i.type()) ? List.of(i) : List.of();
        }
        if (!(reach.element() instanceof Component c)) {
            return List.of();
        }
        // A component finding whose facts name only debug or USB interfaces is about those interfaces.
        List<Component.Interface> named = c.interfaces().stream()
                .filter(i -> hitFacts.stream().anyMatch(f -> f.element().equals(i.id())))
                .toList();
        return !named.isEmpty() && named.stream().allMatch(i -> PHYSICAL_ONLY.contains(i.type())) ? named : List.of();
    }

    /** A component finding whose every fact is its debug-port lock being off is about debug ports. */
    private static List<String> debugLockFacts(Reach reach, List<Fact> hitFacts) {
        if (!(reach.element() instanceof Component c) || hitFacts.isEmpty()) {
            return List.of();
        }
        String lock = Fact.componentPath(c.id(), Fact.DEBUG_PORTS_LOCKED);
        boolean lockOnly = hitFacts.stream()
                .allMatch(f -> f.path().equals(lock) && f.value().equals("false"));
        return lockOnly ? hitFacts.stream().map(Fact::text).toList() : List.of();
    }

    private String owner(Component.Interface i) {
        return "components." + index.ownerOfInterface(i.id()).map(Component::id).orElse("?");
    }

    static <T extends Enum<T>> Picked<T> picked(T metric, String reason, List<String> facts) {
        return new Picked<>(metric, new Factor(metric.name().toLowerCase(Locale.ROOT), reason, facts));
    }
}
