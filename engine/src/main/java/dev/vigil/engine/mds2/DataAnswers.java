package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Answers about personal data, its storage, transmission, audit trail and recovery (MPII, STCF, TXCF...). */
final class DataAnswers {
    private DataAnswers() {}

    static void register(Map<String, Function<Mds2Context, Mds2Answer>> answers) {
        answers.put("phi-handled", DataAnswers::handled);
        answers.put("phi-stored", DataAnswers::stored);
        answers.put("phi-in-database", DataAnswers::inDatabase);
        answers.put("phi-exchanged", DataAnswers::exchanged);
        answers.put("phi-export-print", c -> export(c, Capabilities.PhiExport.PRINT, Set.of()));
        // USB export may be to a memory stick, so a list naming usb does not rule removable media out.
        answers.put(
                "phi-export-removable",
                c -> export(c, Capabilities.PhiExport.REMOVABLE_MEDIA, Set.of(Capabilities.PhiExport.USB)));
        answers.put("removable-media", DataAnswers::removableMedia);
        answers.put(
                "phi-over-cable",
                c -> overInterface(
                        c,
                        i -> i.type() == Component.Interface.Type.USB || i.type() == Component.Interface.Type.SERIAL));
        answers.put(
                "phi-over-wired-network", c -> overInterface(c, i -> i.type() == Component.Interface.Type.ETHERNET));
        answers.put("phi-over-wireless", c -> overInterface(c, Component.Interface::isWireless));
        answers.put("phi-over-internet", DataAnswers::overInternet);
        answers.put(
                "phi-encrypted-at-rest", c -> atRest(c, c.personalDataStores(), "components storing personal data"));
        answers.put(
                "all-encrypted-at-rest",
                c -> atRest(
                        c,
                        c.components().stream()
                                .filter(x -> !x.stores().isEmpty())
                                .toList(),
                        "components storing data"));
        answers.put("phi-encrypted-in-transit", DataAnswers::encryptedInTransit);
        answers.put("phi-peers-authenticated", DataAnswers::peersAuthenticated);
        answers.put("transmission-integrity", DataAnswers::transmissionIntegrity);
        answers.put("deidentification", c -> capability(c, Capabilities::deidentification, "deidentification"));
        answers.put("backup-restore", c -> capability(c, Capabilities::backupRestore, "backupRestore"));
        answers.put("emergency-access", DataAnswers::emergencyAccess);
        answers.put(
                "audit-log",
                c -> Stated.anyTrue(
                        components(c, x -> x.logging().securityEvents(), "logging.securityEvents"),
                        "components[].logging.securityEvents"));
        answers.put(
                "audit-protected",
                c -> Stated.anyTrue(
                        components(c, x -> x.logging().tamperProtected(), "logging.tamperProtected"),
                        "components[].logging.tamperProtected"));
        answers.put("audit-forwarded", DataAnswers::forwarded);
        answers.put(
                "audit-login",
                c -> auditEvent(c, Set.of(Capabilities.AuditEvent.LOGIN, Capabilities.AuditEvent.LOGOUT)));
        answers.put(
                "audit-data-change",
                c -> auditEvent(
                        c,
                        Set.of(Capabilities.AuditEvent.CONFIGURATION_CHANGE, Capabilities.AuditEvent.THERAPY_CHANGE)));
        answers.put("audit-export", c -> auditEvent(c, Set.of(Capabilities.AuditEvent.EXPORT)));
        answers.put("audit-update", c -> auditEvent(c, Set.of(Capabilities.AuditEvent.SOFTWARE_UPDATE)));
        answers.put("audit-encrypted-in-transit", DataAnswers::auditEncrypted);
    }

    private static Mds2Answer handled(Mds2Context c) {
        if (c.model().data().isEmpty()) {
            return Mds2Answer.notStated("data (no data items listed)");
        }
        Set<String> personal = c.personalData();
        if (!personal.isEmpty()) {
            return Mds2Answer.yes(List.of("data of category phi or pii: " + String.join(", ", personal)), "");
        }
        return Mds2Answer.no(
                List.of("data items listed: " + c.model().data().size() + ", none of category phi or pii"), "");
    }

    private static Mds2Answer stored(Mds2Context c) {
        if (c.personalData().isEmpty()) {
            return handled(c).value() == Mds2Answer.Value.NO
                    ? Mds2Answer.no(handled(c).facts(), "")
                    : Mds2Answer.notStated("data with category phi or pii");
        }
        List<String> facts = c.personalDataStores().stream()
                .map(x -> "component " + x.id() + " stores " + String.join(", ", x.stores()))
                .toList();
        if (facts.isEmpty()) {
            return Mds2Answer.notStated("components[].stores naming the personal data");
        }
        return Mds2Answer.yes(facts, "");
    }

    private static Mds2Answer inDatabase(Mds2Context c) {
        List<String> facts = c.personalDataStores().stream()
                .filter(x -> x.kind() == Component.Kind.DATABASE)
                .map(x -> "database component " + x.id() + " stores personal data")
                .toList();
        return facts.isEmpty()
                ? Mds2Answer.notStated("a database component storing personal data")
                : Mds2Answer.yes(facts, "");
    }

    private static Mds2Answer exchanged(Mds2Context c) {
        if (c.personalData().isEmpty()) {
            return stored(c);
        }
        List<String> facts =
                c.personalDataFlows().stream().map(DataAnswers::flowFact).toList();
        return facts.isEmpty()
                ? Mds2Answer.no(List.of("no flow carries " + String.join(", ", c.personalData())), "")
                : Mds2Answer.yes(facts, "");
    }

    /**
     * Whether personal data leaves this way: yes when a component lists it; no when every component states
     * its list and none names it or a way ({@code maybe}) that could be it.
     */
    private static Mds2Answer export(Mds2Context c, Capabilities.PhiExport way, Set<Capabilities.PhiExport> maybe) {
        List<Stated> facts = new ArrayList<>();
        for (Component x : c.components()) {
            Optional<List<Capabilities.PhiExport>> exports = x.capabilities().flatMap(Capabilities::phiExport);
            Optional<List<Capabilities.PhiExport>> undecided =
                    exports.filter(l -> !l.contains(way) && l.stream().anyMatch(maybe::contains));
            facts.add(Stated.of(
                    "component " + x.id() + " capabilities.phiExport "
                            + exports.map(l -> l.isEmpty()
                                            ? "[]"
                                            : String.join(
                                                    ", ",
                                                    l.stream()
                                                            .map(e -> e.wire())
                                                            .toList()))
                                    .orElse("unstated"),
                    undecided.isPresent() ? Optional.empty() : exports.map(l -> l.contains(way))));
        }
        return Stated.anyTrue(facts, "components[].capabilities.phiExport");
    }

    /**
     * CONN-1.2.3: removable memory is supported when a component exports to it. No list rules it out: the
     * device may take removable media for updates or service as well.
     */
    private static Mds2Answer removableMedia(Mds2Context c) {
        List<String> yes = c.components().stream()
                .filter(x -> x.capabilities()
                        .flatMap(Capabilities::phiExport)
                        .map(l -> l.contains(Capabilities.PhiExport.REMOVABLE_MEDIA))
                        .orElse(false))
                .map(x -> "component " + x.id() + " capabilities.phiExport removable-media")
                .toList();
        return yes.isEmpty()
                ? Mds2Answer.notStated("removable media use (components[].capabilities.phiExport removable-media)")
                : Mds2Answer.yes(yes, "");
    }

    private static Mds2Answer overInterface(Mds2Context c, Predicate<Component.Interface> kind) {
        List<Flow> flows = c.personalDataFlows();
        List<String> yes = new ArrayList<>();
        boolean allKnown = !flows.isEmpty();
        for (Flow f : flows) {
            Optional<Component.Interface> via = c.viaInterface(f);
            if (via.isPresent() && kind.test(via.get())) {
                yes.add(flowFact(f) + " via " + via.get().id() + " ("
                        + via.get().type().wire() + ")");
            }
            allKnown &= via.isPresent();
        }
        if (!yes.isEmpty()) {
            return Mds2Answer.yes(yes, "");
        }
        if (allKnown) {
            return Mds2Answer.no(
                    flows.stream()
                            .map(f -> flowFact(f) + " via "
                                    + c.viaInterface(f).orElseThrow().type().wire())
                            .toList(),
                    "");
        }
        return Mds2Answer.notStated("flows[].via (the interface each personal-data flow uses)");
    }

    private static Mds2Answer overInternet(Mds2Context c) {
        List<Stated> facts = c.personalDataFlows().stream()
                .map(f -> Stated.of(
                        flowFact(f) + " over the internet", f.network().map(n -> n == Flow.Network.INTERNET)))
                .toList();
        return Stated.anyTrue(facts, "flows[].network of the personal-data flows");
    }

    private static Mds2Answer atRest(Mds2Context c, List<Component> stores, String what) {
        if (stores.isEmpty()) {
            return Mds2Answer.notStated(what);
        }
        return Stated.allTrue(
                stores.stream()
                        .map(x -> Stated.of("component " + x.id() + " encryptedAtRest", x.encryptedAtRest()))
                        .toList(),
                "components[].encryptedAtRest");
    }

    private static Mds2Answer encryptedInTransit(Mds2Context c) {
        List<Flow> flows = c.personalDataFlows();
        if (flows.isEmpty()) {
            return Mds2Answer.notStated("flows carrying personal data");
        }
        return Stated.allTrue(
                flows.stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " encryption "
                                        + f.encryption().map(e -> e.wire()).orElse("unstated"),
                                f.encryption().map(e -> e != Flow.Encryption.NONE)))
                        .toList(),
                "flows[].encryption");
    }

    private static Mds2Answer peersAuthenticated(Mds2Context c) {
        List<Flow> flows = c.personalDataFlows();
        if (flows.isEmpty()) {
            return Mds2Answer.notStated("flows carrying personal data");
        }
        return Stated.allTrue(
                flows.stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " authentication "
                                        + f.authentication().map(a -> a.wire()).orElse("unstated"),
                                f.authentication().map(a -> a != Flow.Authentication.NONE)))
                        .toList(),
                "flows[].authentication");
    }

    private static Mds2Answer transmissionIntegrity(Mds2Context c) {
        return Stated.anyTrue(
                c.flows().stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " integrity "
                                        + f.integrity().map(i -> i.wire()).orElse("unstated"),
                                f.integrity().map(i -> i == Flow.Integrity.MAC || i == Flow.Integrity.SIGNATURE)))
                        .toList(),
                "flows[].integrity");
    }

    private static Mds2Answer capability(Mds2Context c, Function<Capabilities, Optional<Boolean>> read, String key) {
        return Stated.anyTrue(
                c.components().stream()
                        .map(x -> Stated.of(
                                "component " + x.id() + " capabilities." + key,
                                x.capabilities().flatMap(read)))
                        .toList(),
                "components[].capabilities." + key);
    }

    /**
     * EMRG-1 asks for a break-glass feature; only the capability says so. An emergency use case is a
     * situation the device is used in, not a way to bypass its access control.
     */
    private static Mds2Answer emergencyAccess(Mds2Context c) {
        return capability(c, Capabilities::emergencyAccess, "emergencyAccess");
    }

    private static Mds2Answer forwarded(Mds2Context c) {
        List<Stated> facts = new ArrayList<>();
        for (Component x : c.components()) {
            if (x.logging().securityEvents().orElse(false)) {
                facts.add(Stated.of(
                        "component " + x.id() + " logging.forwardedTo "
                                + x.logging().forwardedTo().orElse("unstated"),
                        x.logging().forwardedTo().map(t -> true)));
            }
        }
        return facts.isEmpty()
                ? Mds2Answer.notStated("components[].logging (no component states it logs security events)")
                : Stated.anyTrue(facts, "components[].logging.forwardedTo");
    }

    /** An event kind is recorded when a component lists one of {@code events}; an empty list records none. */
    private static Mds2Answer auditEvent(Mds2Context c, Set<Capabilities.AuditEvent> events) {
        String names =
                String.join(" or ", events.stream().map(e -> e.wire()).sorted().toList());
        List<Stated> facts = new ArrayList<>();
        for (Component x : c.components()) {
            Optional<List<Capabilities.AuditEvent>> listed = x.capabilities().flatMap(Capabilities::auditEvents);
            facts.add(Stated.of("component " + x.id() + " capabilities.auditEvents " + names, listed.map(l -> l.stream()
                    .anyMatch(events::contains))));
        }
        return Stated.anyTrue(facts, "components[].capabilities.auditEvents");
    }

    private static Mds2Answer auditEncrypted(Mds2Context c) {
        List<Stated> facts = new ArrayList<>();
        for (Component x : c.components()) {
            Optional<String> target = x.logging().forwardedTo();
            if (target.isEmpty()) {
                continue;
            }
            c.flows().stream()
                    .filter(f -> f.from().equals(x.id()) && f.to().equals(target.get()))
                    .forEach(f -> facts.add(Stated.of(
                            "log flow " + f.id() + " encryption "
                                    + f.encryption().map(e -> e.wire()).orElse("unstated"),
                            f.encryption().map(e -> e != Flow.Encryption.NONE))));
        }
        return facts.isEmpty()
                ? Mds2Answer.notStated("a flow carrying the forwarded logs")
                : Stated.allTrue(facts, "flows[].encryption of the log flows");
    }

    private static List<Stated> components(Mds2Context c, Function<Component, Optional<Boolean>> read, String key) {
        return c.components().stream()
                .map(x -> Stated.of("component " + x.id() + " " + key, read.apply(x)))
                .toList();
    }

    static String flowFact(Flow f) {
        return "flow " + f.id() + " (" + f.from() + " -> " + f.to() + ", " + String.join(", ", f.data()) + ")";
    }
}
