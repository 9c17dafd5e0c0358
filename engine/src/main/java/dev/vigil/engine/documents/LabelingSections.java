package dev.vigil.engine.documents;

import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.EssentialFunction;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle.Phase;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The customer security documentation (FDA labeling, MDR Annex I 23.4(ab)): controls for the use
 * environment, ports and protocols, accounts, updates, shared responsibility, support dates,
 * vulnerability reporting, backup and recovery, decommissioning, protection of essential functions,
 * hardening and security events.
 */
final class LabelingSections {
    private LabelingSections() {}

    static void register(Map<String, Function<DocumentContext, Section>> writers) {
        writers.put("environment-controls", LabelingSections::environmentControls);
        writers.put("ports-protocols", LabelingSections::portsProtocols);
        writers.put("accounts", LabelingSections::accounts);
        writers.put("updates", LabelingSections::updates);
        writers.put("shared-responsibility", LabelingSections::sharedResponsibility);
        writers.put("support-dates", LabelingSections::supportDates);
        writers.put("vulnerability-reporting", LabelingSections::vulnerabilityReporting);
        writers.put("backup-recovery", LabelingSections::backupRecovery);
        writers.put("decommissioning", LabelingSections::decommissioning);
        writers.put("critical-functions", LabelingSections::criticalFunctions);
        writers.put("hardening", LabelingSections::hardening);
        writers.put("security-events", LabelingSections::securityEvents);
    }

    /** Wired and debug interfaces anyone holding the device can use: physical access is the control. */
    private static final Set<Component.Interface.Type> PHYSICAL_ACCESS = EnumSet.of(
            Component.Interface.Type.JTAG,
            Component.Interface.Type.SWD,
            Component.Interface.Type.UART,
            Component.Interface.Type.SERIAL,
            Component.Interface.Type.USB);

    private static Section environmentControls(DocumentContext c) {
        List<String> items = new ArrayList<>();
        Set<String> provider = providerZones(c);
        // The manufacturer's own conduits (cloud edge, signing room) are its controls, listed in the risk
        // report; the customer is told only about the passages into the networks it or the patient runs.
        c.model().conduits().stream()
                .filter(k -> k.between().stream().anyMatch(provider::contains))
                .forEach(k -> items.add("Keep the guards of conduit " + k.id() + " between "
                        + String.join(" and ", k.between()) + " in place: "
                        + (k.guards().isEmpty()
                                ? "no guard " + Block.NOT_STATED
                                : k.guards().stream().map(WireValue::wire).collect(Collectors.joining(", ")))
                        + "."));
        long crossing = boundaryFlows(c, provider).size();
        if (crossing > 0) {
            items.add("At the boundaries of the networks the healthcare provider or patient runs, allow only the "
                    + crossing + " flows listed under shared responsibility (with their protocols under ports,"
                    + " protocols and interfaces) and block other traffic to and from the system's components.");
        }
        c.model().components().forEach(x -> x.interfaces().stream()
                .filter(i -> i.enabledInField() && PHYSICAL_ACCESS.contains(i.type()))
                .forEach(i -> items.add("Restrict physical access to " + x.id() + ": its "
                        + i.type().wire()
                        + " interface " + i.id() + " is enabled in the field"
                        + i.purpose().map(p -> " (" + p + ")").orElse("") + ".")));
        c.model().assumptions().forEach(a -> items.add("Assumed of the use environment (" + a.id() + "): " + a.text()));
        c.findings().stream()
                .filter(f -> f.isOpen() && f.isUncontrolled())
                .forEach(f -> items.add("Open uncontrolled risk " + f.id() + " ("
                        + f.rule().title()
                        + "): limit access to " + f.element() + " until it is fixed. The manufacturer's mitigation: "
                        + String.join(" ", f.rule().mitigations())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Security controls the healthcare provider or user should have in the"
                + " environment where the device is used."));
        if (items.isEmpty()) {
            blocks.add(new Block.NotStated("controls expected of the use environment (conduits, assumptions)"));
        } else {
            blocks.add(new Block.Bullets(items));
        }
        // MDR Annex I 23.4(ab) asks for the minimum hardware and IT the user must run the software on: the
        // model states it as the platform of each component the healthcare provider or patient runs.
        List<Block.Fact> platforms = c.model().components().stream()
                .filter(x -> x.owner()
                        .filter(o -> o == Component.Owner.HDO || o == Component.Owner.PATIENT)
                        .isPresent())
                .map(x -> new Block.Fact(
                        "Platform of " + x.id() + " (run by the "
                                + (x.owner().get() == Component.Owner.HDO ? "healthcare provider" : "patient") + ")",
                        x.software().flatMap(Component.Software::os).orElse(null)))
                .toList();
        if (platforms.isEmpty()) {
            blocks.add(new Block.NotStated("which components the healthcare provider or patient runs (owner), and"
                    + " so the platforms and hardware they must provide"));
        } else {
            blocks.add(new Block.Facts(platforms));
        }
        return Sections.section("environment-controls", "Recommended controls for the use environment", blocks);
    }

    /** A port number the flow's protocol text states ("https:8443", "tcp/2575", "port 104"), if any. */
    private static final Pattern PORT = Pattern.compile("(?i)(?:\\bport\\s*|[:/])(\\d{1,5})\\b");

    static Optional<String> port(Flow f) {
        return f.protocol().flatMap(p -> {
            Matcher m = PORT.matcher(p);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n > 0 && n <= 65535) {
                    return Optional.of(String.valueOf(n));
                }
            }
            return Optional.empty();
        });
    }

    private static Section portsProtocols(DocumentContext c) {
        Map<String, String> zoneOf = new HashMap<>();
        c.model().components().forEach(x -> zoneOf.put(x.id(), x.zone()));
        List<List<String>> rows = new ArrayList<>();
        for (Flow f : c.model().flows()) {
            String from = zoneOf.getOrDefault(f.from(), "");
            String to = zoneOf.getOrDefault(f.to(), "");
            rows.add(List.of(
                    f.id(),
                    f.via().orElse("no interface named"),
                    f.protocol().orElse(""),
                    port(f).orElse(""),
                    f.from() + " -> " + f.to(),
                    from.equals(to) ? "within " + from : from + " -> " + to,
                    f.purpose().map(WireValue::wire).orElse(""),
                    f.network().map(WireValue::wire).orElse(""),
                    f.encryption().map(WireValue::wire).orElse("")));
        }
        List<List<String>> interfaces = new ArrayList<>();
        for (Component x : c.model().components()) {
            for (Component.Interface i : x.interfaces()) {
                List<String> used = c.model().flows().stream()
                        .filter(f -> f.via().map(i.id()::equals).orElse(false))
                        .map(Flow::id)
                        .toList();
                interfaces.add(List.of(
                        i.id(),
                        x.id(),
                        i.type().wire(),
                        i.enabledInField() ? "enabled" : "disabled in the field",
                        i.purpose().orElse(""),
                        used.isEmpty()
                                ? (i.enabledInField() ? "none in the model: disable it where it is not needed" : "none")
                                : String.join(", ", used)));
            }
        }
        List<Block> blocks = new ArrayList<>();
        // The FDA labeling recommendations ask for system diagrams a user can follow: the global system view
        // (components, zones and the links between them), else the data-flow view.
        c.result().diagrams().stream()
                .filter(d -> d.kind() == Diagram.Kind.GLOBAL_SYSTEM)
                .findFirst()
                .or(() -> c.result().diagrams().stream()
                        .filter(d -> d.kind() == Diagram.Kind.DATA_FLOW)
                        .findFirst())
                .ifPresentOrElse(
                        d -> blocks.add(c.picture(d)),
                        () -> blocks.add(new Block.NotStated("a system diagram (the model has no flows to draw)")));
        blocks.addAll(List.of(
                new Block.Paragraph("Every communication of the system with its interface, protocol, port,"
                        + " direction (the first component starts the exchange) and the zones it crosses;"
                        + " a flow between two zones passes the network boundary the healthcare provider"
                        + " configures. A port is given where the model's protocol states it."),
                new Block.Table(
                        "Communications (interface, protocol, port, direction, purpose, endpoints)",
                        List.of(
                                "Flow",
                                "Interface",
                                "Protocol",
                                "Port",
                                "Direction (from -> to)",
                                "Zones crossed",
                                "Purpose",
                                "Network",
                                "Encryption"),
                        rows,
                        "no flows " + Block.NOT_STATED),
                new Block.Table(
                        "Physical and radio interfaces, enabled or disabled in the field",
                        List.of("Interface", "Component", "Type", "In the field", "Purpose", "Flows using it"),
                        interfaces,
                        "no interfaces " + Block.NOT_STATED)));
        return Sections.section("ports-protocols", "Ports, protocols and interfaces", blocks);
    }

    private static Section accounts(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Component x : c.model().components()) {
            for (Component.Account a : x.accounts()) {
                rows.add(List.of(
                        x.id(),
                        a.role(),
                        a.authentication().wire(),
                        Sections.yesNo(a.privileged()),
                        Sections.yesNo(a.shared()),
                        Sections.yesNo(a.mfa())));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(
                "Accounts (default accounts included)",
                List.of("Component", "Role", "Authentication", "Privileged", "Shared", "MFA"),
                rows,
                "no accounts " + Block.NOT_STATED));
        List<String> defaults = new ArrayList<>();
        c.model().components().forEach(x -> x.accounts().stream()
                .filter(a -> a.authentication() == Component.Account.Authentication.DEFAULT_PASSWORD)
                .forEach(a -> defaults.add(
                        "Change the default password of the " + a.role() + " account on " + x.id() + " before use.")));
        c.model().components().forEach(x -> x.accounts().stream()
                .filter(a -> a.authentication() == Component.Account.Authentication.HARDCODED)
                .forEach(a -> defaults.add("The " + a.role() + " account on " + x.id() + " has a hard-coded"
                        + " credential that cannot be changed: restrict access to " + x.id() + " accordingly.")));
        if (!defaults.isEmpty()) {
            blocks.add(new Block.Bullets(defaults));
        }
        return Sections.section("accounts", "Accounts and authentication", blocks);
    }

    private static Section updates(DocumentContext c) {
        Map<String, Flow> flows = new HashMap<>();
        c.model().flows().forEach(f -> flows.put(f.id(), f));
        List<List<String>> rows = c.model().updates().stream()
                .map(u -> List.of(
                        u.id(),
                        u.target(),
                        u.path().stream()
                                .map(id -> Optional.ofNullable(flows.get(id))
                                        .map(f -> id + " (" + f.from() + " -> " + f.to()
                                                + f.protocol()
                                                        .map(p -> ", " + p)
                                                        .orElse("") + ")")
                                        .orElse(id))
                                .collect(Collectors.joining(" -> ")),
                        u.signedWith().orElse("unsigned"),
                        u.verifiedOn().wire(),
                        u.rollbackProtection()
                                .map(b -> b ? "older versions refused" : "older versions accepted")
                                .orElse(""),
                        u.recovery().map(WireValue::wire).orElse(""),
                        u.authorizedBy().orElse("")))
                .toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(
                "Software updates: delivery path, signature and verification",
                List.of(
                        "Update",
                        "Target",
                        "Delivered over",
                        "Signed with",
                        "Signature verified on",
                        "Rollback protection",
                        "Recovery",
                        "Authorized by"),
                rows,
                "no update path " + Block.NOT_STATED));
        List<String> notUpdatable = c.model().components().stream()
                .filter(x -> x.software().isPresent())
                .map(Component::id)
                .filter(id ->
                        c.model().updates().stream().noneMatch(u -> u.target().equals(id)))
                .toList();
        if (!notUpdatable.isEmpty()) {
            blocks.add(new Block.Paragraph("Components with software and no update path in the model (they"
                    + " cannot be updated as modelled): " + String.join(", ", notUpdatable) + "."));
        }
        return Sections.section("updates", "How updates are delivered and verified", blocks);
    }

    private static Section sharedResponsibility(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Component x : c.model().components()) {
            rows.add(List.of(
                    x.id(),
                    x.owner()
                            .map(o -> switch (o) {
                                case MANUFACTURER -> "manufacturer";
                                case THIRD_PARTY -> "third party";
                                case HDO -> "healthcare provider";
                                case PATIENT -> "patient";
                            })
                            .orElse(""),
                    x.capabilities()
                            .flatMap(Capabilities::thirdPartySoftwareUpdates)
                            .map(p -> switch (p) {
                                case MANUFACTURER -> "manufacturer";
                                case HDO -> "healthcare provider";
                                case NONE -> "no one (not supported)";
                            })
                            .orElse("")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Who operates and maintains each component; the healthcare provider"
                + " secures what it owns and the network around the device."));
        blocks.add(new Block.Table(
                "Responsibility per component",
                List.of("Component", "Owned and maintained by", "Installs third-party patches"),
                rows,
                "no components " + Block.NOT_STATED));
        List<String> provider = providerTasks(c);
        if (provider.isEmpty()) {
            blocks.add(new Block.NotStated("what the healthcare provider must provide (components it owns,"
                    + " its networks, patches it installs, updates it authorizes)"));
        } else {
            blocks.add(new Block.Paragraph("What the healthcare provider must provide:"));
            blocks.add(new Block.Bullets(provider));
        }
        return Sections.section("shared-responsibility", "Shared responsibility", blocks);
    }

    /** Zone types of the use environment: the healthcare provider's or the patient's networks and devices. */
    private static final Set<Zone.Type> PROVIDER_NETWORKS = EnumSet.of(
            Zone.Type.HOSPITAL_NETWORK, Zone.Type.HOME_NETWORK, Zone.Type.PERSONAL_DEVICE, Zone.Type.BODY_AREA);

    /**
     * The zones of the use environment: those of a use-environment type and those holding a component the
     * healthcare provider or the patient owns.
     */
    static Set<String> providerZones(DocumentContext c) {
        Set<String> out = new LinkedHashSet<>();
        c.model().zones().stream()
                .filter(z -> PROVIDER_NETWORKS.contains(z.type()))
                .forEach(z -> out.add(z.id()));
        c.model().components().stream()
                .filter(x -> x.owner()
                        .filter(o -> o == Component.Owner.HDO || o == Component.Owner.PATIENT)
                        .isPresent())
                .forEach(x -> out.add(x.zone()));
        return out;
    }

    /** The flows between two zones of which at least one is in the use environment. */
    private static List<Flow> boundaryFlows(DocumentContext c, Set<String> provider) {
        Map<String, String> zoneOf = new HashMap<>();
        c.model().components().forEach(x -> zoneOf.put(x.id(), x.zone()));
        return c.model().flows().stream()
                .filter(f -> {
                    String a = zoneOf.get(f.from());
                    String b = zoneOf.get(f.to());
                    return a != null && b != null && !a.equals(b) && (provider.contains(a) || provider.contains(b));
                })
                .toList();
    }

    private static List<String> providerTasks(DocumentContext c) {
        List<String> tasks = new ArrayList<>();
        Map<String, Zone> zones = new HashMap<>();
        c.model().zones().forEach(z -> zones.put(z.id(), z));
        Map<String, Component> components = new HashMap<>();
        c.model().components().forEach(x -> components.put(x.id(), x));
        for (Component x : c.model().components()) {
            if (x.owner().filter(o -> o == Component.Owner.HDO).isPresent()) {
                tasks.add("Operate and maintain " + x.id() + " in " + zoneName(zones, x.zone())
                        + (x.accounts().isEmpty()
                                ? ""
                                : ", including its accounts ("
                                        + x.accounts().stream()
                                                .map(Component.Account::role)
                                                .distinct()
                                                .collect(Collectors.joining(", "))
                                        + ")")
                        + ".");
            }
            x.capabilities()
                    .flatMap(Capabilities::thirdPartySoftwareUpdates)
                    .filter(p -> p == Capabilities.PatchInstaller.HDO)
                    .ifPresent(p -> tasks.add("Install operating-system and third-party patches on " + x.id() + "."));
        }
        for (Flow f : boundaryFlows(c, providerZones(c))) {
            Component from = components.get(f.from());
            Component to = components.get(f.to());
            tasks.add("Let flow " + f.id() + " (" + f.from() + " -> " + f.to()
                    + f.protocol().map(p -> ", " + p).orElse("")
                    + port(f).map(p -> ", port " + p).orElse("") + ") pass from "
                    + zoneName(zones, from.zone()) + " to " + zoneName(zones, to.zone()) + ".");
        }
        c.model().updates().stream()
                .filter(u -> u.authorizedBy().isPresent())
                .forEach(u -> tasks.add("Authorize the installation of update " + u.id() + " of " + u.target()
                        + " (authorized by " + u.authorizedBy().get() + ")."));
        return tasks;
    }

    private static String zoneName(Map<String, Zone> zones, String id) {
        Zone z = zones.get(id);
        return z == null ? id : id + " (" + z.type().wire() + ")";
    }

    private static Section supportDates(DocumentContext c) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(
                new Block.Fact("End of guaranteed support", lifecycle(c, Phase.END_OF_LIFE, "endOfGuaranteedSupport")));
        facts.add(new Block.Fact("End of support", lifecycle(c, Phase.END_OF_LIFE, "endOfSupport")));
        // Every component that runs software gets a line, so a platform without a stated end is visible.
        for (Component x : c.model().components()) {
            x.software()
                    .ifPresent(sw -> facts.add(new Block.Fact(
                            "Platform of " + x.id()
                                    + sw.os().map(o -> " (" + o + ")").orElse(""),
                            sw.supportEnds().map(d -> "supported until " + d).orElse(null))));
        }
        return Sections.section("support-dates", "End-of-support dates", List.of(new Block.Facts(facts)));
    }

    private static Section vulnerabilityReporting(DocumentContext c) {
        return Sections.section(
                "vulnerability-reporting",
                "How to report a vulnerability",
                List.of(new Block.Facts(List.of(
                        new Block.Fact("Product security contact", lifecycle(c, Phase.MONITORING, "psirtContact")),
                        new Block.Fact("Coordinated disclosure policy", lifecycle(c, Phase.MONITORING, "cvdPolicy")),
                        new Block.Fact(
                                "Incident response (what to do when an incident is detected)",
                                lifecycle(c, Phase.MONITORING, "incidentResponsePlan"))))));
    }

    private static Section backupRecovery(DocumentContext c) {
        List<Block.Fact> facts = new ArrayList<>();
        for (Component x : c.model().components()) {
            Optional<Boolean> backup = x.capabilities().flatMap(Capabilities::backupRestore);
            // A component that keeps data needs an answer even when the model is silent about it.
            if (backup.isPresent() || !x.stores().isEmpty()) {
                facts.add(new Block.Fact(
                        "Backup and restore on " + x.id()
                                + (x.stores().isEmpty() ? "" : " (keeps " + String.join(", ", x.stores()) + ")"),
                        backup.map(b -> b ? "supported" : "not supported").orElse(null)));
            }
        }
        for (Update u : c.model().updates()) {
            facts.add(new Block.Fact(
                    "Recovery after a failed update of " + u.target(),
                    u.recovery().map(WireValue::wire).orElse(null)));
        }
        if (facts.isEmpty()) {
            facts.add(new Block.Fact("Backup and recovery", null));
        }
        return Sections.section("backup-recovery", "Backup and recovery", List.of(new Block.Facts(facts)));
    }

    private static Section decommissioning(DocumentContext c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(List.of(
                new Block.Fact("Decommissioning guidance", lifecycle(c, Phase.END_OF_LIFE, "decommissioningGuidance")),
                new Block.Fact("Data sanitisation", lifecycle(c, Phase.END_OF_LIFE, "dataSanitization")))));
        List<List<String>> rows = new ArrayList<>();
        for (Component x : c.model().components()) {
            List<String> secrets = c.model().secrets().stream()
                    .filter(k -> k.storedIn().equals(x.id()))
                    .map(k -> k.id() + " (" + k.type().wire()
                            + k.revocable()
                                    .map(r -> r ? ", revocable" : ", not revocable")
                                    .orElse("") + ")")
                    .toList();
            if (x.stores().isEmpty() && secrets.isEmpty()) {
                continue;
            }
            rows.add(List.of(
                    x.id(),
                    x.stores().isEmpty() ? "none" : String.join(", ", x.stores()),
                    x.stores().isEmpty() ? "-" : Sections.yesNo(x.encryptedAtRest()),
                    secrets.isEmpty() ? "none" : String.join(", ", secrets)));
        }
        blocks.add(new Block.Table(
                "What to remove or revoke before a component leaves service",
                List.of("Component", "Data kept", "Encrypted at rest", "Keys and credentials to revoke"),
                rows,
                "no stored data or secrets " + Block.NOT_STATED));
        return Sections.section("decommissioning", "Secure decommissioning", blocks);
    }

    /**
     * The device features that keep its essential functions safe when its security fails: the components
     * that carry each function, their own safety limits and fail-safe behaviour.
     */
    private static Section criticalFunctions(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (EssentialFunction e : c.model().system().essentialFunctions()) {
            List<Component> carriers = c.model().components().stream()
                    .filter(x -> x.essentialFunctions().contains(e.id()))
                    .toList();
            if (carriers.isEmpty()) {
                rows.add(List.of(e.id() + ": " + e.name(), "no component named", "", ""));
            }
            for (Component x : carriers) {
                rows.add(List.of(
                        e.id() + ": " + e.name(),
                        x.id(),
                        Sections.yesNo(x.safety().localSafetyLimits()),
                        x.safety().failSafe().map(Text::evidence).orElse("")));
            }
        }
        return Sections.section(
                "critical-functions",
                "Protection of essential functions when security is compromised",
                List.of(new Block.Table(
                        "Essential functions and what keeps them safe",
                        List.of("Essential function", "Carried by", "Enforces its own safety limits", "Fail-safe"),
                        rows,
                        "no essential functions " + Block.NOT_STATED)));
    }

    /** How each component is hardened as shipped, for a provider checking its secure configuration. */
    private static Section hardening(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Component x : c.model().components()) {
            Component.Hardening h = x.hardening();
            rows.add(List.of(
                    x.id(),
                    Sections.yesNo(h.secureBoot()),
                    Sections.yesNo(h.debugPortsLocked()),
                    Sections.yesNo(h.unusedServicesDisabled()),
                    x.capabilities()
                            .flatMap(Capabilities::malwareProtection)
                            .map(WireValue::wire)
                            .orElse(Sections.yesNo(h.antiMalware())),
                    Sections.yesNo(h.applicationAllowlist()),
                    Sections.yesNo(h.tamperEvident())));
        }
        return Sections.section(
                "hardening",
                "Secure configuration (hardening)",
                List.of(
                        new Block.Facts(List.of(
                                new Block.Fact("Secure by default", lifecycle(c, Phase.FIRST_USE, "secureDefaults")),
                                new Block.Fact(
                                        "Unique credentials set at first use",
                                        lifecycle(c, Phase.FIRST_USE, "uniqueCredentialsAtSetup")))),
                        new Block.Table(
                                "Hardening per component",
                                List.of(
                                        "Component",
                                        "Secure boot",
                                        "Debug ports locked",
                                        "Unused services disabled",
                                        "Malware protection",
                                        "Application allowlist",
                                        "Tamper evident"),
                                rows,
                                "no components " + Block.NOT_STATED)));
    }

    /** What each component records and where its logs go: the forensic evidence a provider can collect. */
    private static Section securityEvents(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Component x : c.model().components()) {
            Component.Logging l = x.logging();
            rows.add(List.of(
                    x.id(),
                    Sections.yesNo(l.securityEvents()),
                    x.capabilities()
                            .flatMap(Capabilities::auditEvents)
                            .map(events -> events.isEmpty()
                                    ? "none"
                                    : events.stream().map(WireValue::wire).collect(Collectors.joining(", ")))
                            .orElse(""),
                    Sections.yesNo(l.tamperProtected()),
                    l.forwardedTo().orElse("")));
        }
        return Sections.section(
                "security-events",
                "Security events and logs",
                List.of(new Block.Table(
                        "Security events each component records, and where its logs go",
                        List.of(
                                "Component",
                                "Logs security events",
                                "Events recorded",
                                "Tamper-protected",
                                "Forwarded to"),
                        rows,
                        "no components " + Block.NOT_STATED)));
    }

    private static String lifecycle(DocumentContext c, Phase phase, String key) {
        return c.model().lifecycle().find(phase, key).map(Text::evidence).orElse(null);
    }
}
