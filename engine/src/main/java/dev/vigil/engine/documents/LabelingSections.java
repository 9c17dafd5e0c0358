package dev.vigil.engine.documents;

import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle.Phase;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.WireValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customer security documentation (FDA labeling, MDR Annex I 23.4(ab)): controls for the use
 * environment, ports and protocols, accounts, updates, shared responsibility, support dates,
 * vulnerability reporting, backup and recovery, decommissioning.
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
    }

    private static Section environmentControls(DocumentContext c) {
        List<String> items = new ArrayList<>();
        c.model()
                .conduits()
                .forEach(k -> items.add("Keep the guards of conduit " + k.id() + " between "
                        + String.join(" and ", k.between()) + " in place: "
                        + k.guards().stream().map(WireValue::wire).collect(Collectors.joining(", ")) + "."));
        c.model().flows().stream()
                .filter(f -> f.network().map(n -> n == Flow.Network.INTERNET).orElse(false))
                .forEach(f -> items.add("Allow flow " + f.id() + " (" + f.from() + " -> " + f.to()
                        + f.protocol().map(p -> ", " + p).orElse("") + ") through the network boundary."));
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
        return Sections.section("environment-controls", "Recommended controls for the use environment", blocks);
    }

    private static Section portsProtocols(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Flow f : c.model().flows()) {
            rows.add(List.of(
                    f.via().orElse(""),
                    f.protocol().orElse(""),
                    f.from() + " -> " + f.to(),
                    f.purpose().map(WireValue::wire).orElse(""),
                    f.network().map(WireValue::wire).orElse(""),
                    f.encryption().map(WireValue::wire).orElse("")));
        }
        List<List<String>> interfaces = new ArrayList<>();
        for (Component x : c.model().components()) {
            for (Component.Interface i : x.interfaces()) {
                interfaces.add(List.of(
                        i.id(),
                        x.id(),
                        i.type().wire(),
                        i.enabledInField() ? "enabled" : "disabled",
                        i.purpose().orElse("")));
            }
        }
        return Sections.section(
                "ports-protocols",
                "Ports, protocols and interfaces",
                List.of(
                        new Block.Table(
                                "Communications (interface, protocol, direction, purpose, endpoints)",
                                List.of(
                                        "Interface",
                                        "Protocol",
                                        "Direction (from -> to)",
                                        "Purpose",
                                        "Network",
                                        "Encryption"),
                                rows,
                                "no flows " + Block.NOT_STATED),
                        new Block.Table(
                                "Physical and radio interfaces",
                                List.of("Interface", "Component", "Type", "In the field", "Purpose"),
                                interfaces,
                                "no interfaces " + Block.NOT_STATED)));
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
        if (!defaults.isEmpty()) {
            blocks.add(new Block.Bullets(defaults));
        }
        return Sections.section("accounts", "Accounts and authentication", blocks);
    }

    private static Section updates(DocumentContext c) {
        List<List<String>> rows = c.model().updates().stream()
                .map(u -> List.of(
                        u.id(),
                        u.target(),
                        String.join(" -> ", u.path()),
                        u.signedWith().orElse("unsigned"),
                        u.verifiedOn().wire(),
                        u.recovery().map(WireValue::wire).orElse(""),
                        u.authorizedBy().orElse("")))
                .toList();
        return Sections.section(
                "updates",
                "How updates are delivered and verified",
                List.of(new Block.Table(
                        "Software updates",
                        List.of("Update", "Target", "Path", "Signed with", "Verified on", "Recovery", "Authorized by"),
                        rows,
                        "no update path " + Block.NOT_STATED)));
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
                            .map(WireValue::wire)
                            .orElse("")));
        }
        return Sections.section(
                "shared-responsibility",
                "Shared responsibility",
                List.of(
                        new Block.Paragraph("Who operates and maintains each component; the healthcare provider"
                                + " secures what it owns and the network around the device."),
                        new Block.Table(
                                "Responsibility per component",
                                List.of("Component", "Owned and maintained by", "Installs third-party patches"),
                                rows,
                                "no components " + Block.NOT_STATED)));
    }

    private static Section supportDates(DocumentContext c) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(
                new Block.Fact("End of guaranteed support", lifecycle(c, Phase.END_OF_LIFE, "endOfGuaranteedSupport")));
        facts.add(new Block.Fact("End of support", lifecycle(c, Phase.END_OF_LIFE, "endOfSupport")));
        for (Component x : c.model().components()) {
            x.software()
                    .flatMap(Component.Software::supportEnds)
                    .ifPresent(d -> facts.add(new Block.Fact(
                            "Platform of " + x.id()
                                    + x.software()
                                            .flatMap(Component.Software::os)
                                            .map(o -> " (" + o + ")")
                                            .orElse(""),
                            "supported until " + d)));
        }
        return Sections.section("support-dates", "End-of-support dates", List.of(new Block.Facts(facts)));
    }

    private static Section vulnerabilityReporting(DocumentContext c) {
        return Sections.section(
                "vulnerability-reporting",
                "How to report a vulnerability",
                List.of(new Block.Facts(List.of(
                        new Block.Fact("Product security contact", lifecycle(c, Phase.MONITORING, "psirtContact")),
                        new Block.Fact(
                                "Coordinated disclosure policy", lifecycle(c, Phase.MONITORING, "cvdPolicy"))))));
    }

    private static Section backupRecovery(DocumentContext c) {
        List<Block.Fact> facts = new ArrayList<>();
        for (Component x : c.model().components()) {
            Optional<Boolean> backup = x.capabilities().flatMap(Capabilities::backupRestore);
            backup.ifPresent(b ->
                    facts.add(new Block.Fact("Backup and restore on " + x.id(), b ? "supported" : "not supported")));
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
        return Sections.section(
                "decommissioning",
                "Secure decommissioning",
                List.of(new Block.Facts(List.of(
                        new Block.Fact(
                                "Decommissioning guidance", lifecycle(c, Phase.END_OF_LIFE, "decommissioningGuidance")),
                        new Block.Fact("Data sanitisation", lifecycle(c, Phase.END_OF_LIFE, "dataSanitization")),
                        new Block.Fact(
                                "Data stored on components",
                                c.model().components().stream()
                                        .filter(x -> !x.stores().isEmpty())
                                        .map(x -> x.id() + ": " + String.join(", ", x.stores()))
                                        .collect(Collectors.joining("; ")))))));
    }

    private static String lifecycle(DocumentContext c, Phase phase, String key) {
        return c.model().lifecycle().find(phase, key).map(Text::evidence).orElse(null);
    }
}
