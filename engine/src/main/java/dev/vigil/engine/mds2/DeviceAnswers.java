package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle.Phase;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Answers about the device, its programme, software, updates and hardening (DOC, CSUP, RDMP, SBOM, SAHD, SGUD). */
final class DeviceAnswers {
    private DeviceAnswers() {}

    /** Component kinds that are hardware: a model with one is not software-only. */
    private static final Set<Component.Kind> HARDWARE = EnumSet.of(
            Component.Kind.DEVICE,
            Component.Kind.IMPLANT,
            Component.Kind.SENSOR,
            Component.Kind.PROGRAMMER,
            Component.Kind.PLC,
            Component.Kind.HMI);

    static void register(Map<String, Function<Mds2Context, Mds2Answer>> answers) {
        answers.put("manufacturer", c -> text(c.model().system().manufacturer(), "system.manufacturer"));
        answers.put(
                "device-description", c -> Mds2Answer.text(c.model().system().name(), List.of("system.name")));
        answers.put("device-model", DeviceAnswers::model);
        answers.put("document-id", DeviceAnswers::documentId);
        answers.put("security-contact", c -> lifecycleText(c, Phase.MONITORING, "psirtContact"));
        answers.put("network-use", DeviceAnswers::networkUse);
        answers.put("release-date", c -> Mds2Answer.text(c.date().toString(), List.of("date the form was generated")));
        answers.put("cvd-policy", c -> lifecycleYes(c, Phase.MONITORING, "cvdPolicy"));
        answers.put("isao", c -> lifecycleYes(c, Phase.MONITORING, "isao"));
        answers.put("data-flow-diagram", DeviceAnswers::dataFlowDiagram);
        answers.put("software-only", DeviceAnswers::softwareOnly);
        answers.put("samd-detail", DeviceAnswers::samdDetail);
        answers.put("updatable", DeviceAnswers::updatable);
        answers.put("operating-system", DeviceAnswers::operatingSystem);
        answers.put("remote-update", DeviceAnswers::remoteUpdate);
        answers.put("third-party-patches", DeviceAnswers::thirdPartyPatches);
        answers.put("firmware", DeviceAnswers::firmware);
        answers.put("anti-malware-software", c -> antiMalware(c, false));
        answers.put("anti-malware", c -> antiMalware(c, true));
        answers.put(
                "application-allowlist",
                c -> hardening(c, Component.Hardening::applicationAllowlist, "applicationAllowlist"));
        answers.put("secure-boot", c -> hardening(c, Component.Hardening::secureBoot, "secureBoot"));
        answers.put("debug-locked", c -> hardening(c, Component.Hardening::debugPortsLocked, "debugPortsLocked"));
        answers.put(
                "unneeded-services-disabled",
                c -> Stated.allTrue(
                        hardware(c).stream()
                                .map(x -> Stated.of(
                                        "component " + x.id() + " hardening.unusedServicesDisabled",
                                        x.hardening().unusedServicesDisabled()))
                                .toList(),
                        "components[].hardening.unusedServicesDisabled"));
        answers.put("unneeded-ports-disabled", DeviceAnswers::unneededPorts);
        answers.put("software-integrity", DeviceAnswers::softwareIntegrity);
        answers.put("signed-updates", DeviceAnswers::signedUpdates);
        answers.put("sbom-available", DeviceAnswers::sbomAvailable);
        answers.put("sbom-standard", DeviceAnswers::sbomStandard);
        answers.put("vulnerability-monitoring", c -> lifecycleYes(c, Phase.MONITORING, "vulnerabilityMonitoring"));
        answers.put("patch-cadence", c -> lifecycleYes(c, Phase.MONITORING, "patchCadenceDays"));
        answers.put("secure-development", c -> lifecycleYes(c, Phase.DEVELOPMENT, "secureCodingStandard"));
        answers.put("composition-analysis", c -> lifecycleYes(c, Phase.DEVELOPMENT, "softwareCompositionAnalysis"));
        answers.put("support-dates", DeviceAnswers::supportDates);
        answers.put("customer-documentation", c -> lifecycleYes(c, Phase.FIRST_USE, "customerSecurityDocumentation"));
        answers.put("data-sanitization", c -> lifecycleYes(c, Phase.END_OF_LIFE, "dataSanitization"));
    }

    private static Mds2Answer text(Optional<String> value, String fact) {
        return value.map(v -> Mds2Answer.text(v, List.of(fact))).orElseGet(() -> Mds2Answer.notStated(fact));
    }

    private static Mds2Answer model(Mds2Context c) {
        SystemInfo s = c.model().system();
        return Mds2Answer.text(
                s.id() + s.version().map(v -> " version " + v).orElse(""),
                s.version().isPresent() ? List.of("system.id", "system.version") : List.of("system.id"));
    }

    private static Mds2Answer documentId(Mds2Context c) {
        SystemInfo s = c.model().system();
        return Mds2Answer.text(
                "MDS2-" + s.id() + s.version().map(v -> "-" + v).orElse(""), List.of("system.id", "system.version"));
    }

    private static Mds2Answer lifecycleText(Mds2Context c, Phase phase, String key) {
        return c.model()
                .lifecycle()
                .find(phase, key)
                .map(e -> Mds2Answer.text(Mds2Context.text(e), List.of("lifecycle." + phase.wire() + "." + key)))
                .orElseGet(() -> Mds2Answer.notStated("lifecycle." + phase.wire() + "." + key));
    }

    /** Yes when the lifecycle entry affirms the practice, no when it is stated false, else not stated. */
    private static Mds2Answer lifecycleYes(Mds2Context c, Phase phase, String key) {
        Optional<String> fact = c.lifecycle(phase, key);
        if (fact.isEmpty()) {
            return Mds2Answer.notStated("lifecycle." + phase.wire() + "." + key);
        }
        return c.lifecycleFlag(phase, key).orElse(false)
                ? Mds2Answer.yes(List.of(fact.get()), "")
                : Mds2Answer.no(List.of(fact.get()), "");
    }

    private static Mds2Answer networkUse(Mds2Context c) {
        List<Flow> flows = c.flows();
        if (flows.isEmpty()) {
            return Mds2Answer.notStated("flows");
        }
        List<String> lines = flows.stream()
                .map(f -> f.id() + " (" + f.from() + " -> " + f.to()
                        + f.protocol().map(p -> ", " + p).orElse("")
                        + f.network().map(n -> ", " + n.wire()).orElse("") + ")")
                .toList();
        return Mds2Answer.text(
                c.model().system().intendedUse().map(u -> u + " ").orElse("") + "Data flows: "
                        + String.join("; ", lines),
                List.of("flows", "system.intendedUse"));
    }

    private static Mds2Answer dataFlowDiagram(Mds2Context c) {
        return c.flows().isEmpty()
                ? Mds2Answer.notStated("flows (the data-flow diagram is drawn from them)")
                : Mds2Answer.yes(
                        List.of(c.flows().size() + " flows in the model"),
                        "vigil diagrams and vigil documents draw the data-flow view from the model");
    }

    private static List<Component> hardware(Mds2Context c) {
        return c.components().stream().filter(x -> HARDWARE.contains(x.kind())).toList();
    }

    private static Mds2Answer softwareOnly(Mds2Context c) {
        if (c.components().isEmpty()) {
            return Mds2Answer.notStated("components");
        }
        List<String> hw = hardware(c).stream()
                .map(x -> "component " + x.id() + " of kind " + x.kind().wire())
                .toList();
        return hw.isEmpty()
                ? Mds2Answer.yes(List.of("no component of a hardware kind (device, implant, sensor...)"), "")
                : Mds2Answer.no(hw, "");
    }

    private static Mds2Answer samdDetail(Mds2Context c) {
        Mds2Answer samd = softwareOnly(c);
        if (samd.value() == Mds2Answer.Value.NO) {
            return Mds2Answer.notApplicable(samd.facts(), "not software-only");
        }
        return Mds2Answer.notStated(samd.facts(), "how the software-only device is hosted");
    }

    /** CSUP-1: an update entry, or a product component that declares the software it runs, needs updates. */
    private static Mds2Answer updatable(Mds2Context c) {
        List<String> facts = new ArrayList<>(c.model().updates().stream()
                .map(u -> "update " + u.id() + " of " + u.target())
                .toList());
        c.components().stream()
                .filter(x -> x.software().isPresent())
                .forEach(x -> facts.add("component " + x.id() + " declares software"
                        + x.software()
                                .flatMap(Component.Software::os)
                                .map(o -> " (" + o + ")")
                                .orElse("")));
        return facts.isEmpty() ? Mds2Answer.notStated("updates or components[].software") : Mds2Answer.yes(facts, "");
    }

    private static Mds2Answer operatingSystem(Mds2Context c) {
        List<String> os = new ArrayList<>();
        for (Component x : hardware(c)) {
            x.software().flatMap(Component.Software::os).ifPresent(o -> os.add("component " + x.id() + " runs " + o));
        }
        return os.isEmpty() ? Mds2Answer.notStated("components[].software.os of the device") : Mds2Answer.yes(os, "");
    }

    private static Mds2Answer firmware(Mds2Context c) {
        List<String> hw = hardware(c).stream()
                .map(x -> "component " + x.id() + " of kind " + x.kind().wire())
                .toList();
        return hw.isEmpty()
                ? Mds2Answer.notStated("a hardware component")
                : Mds2Answer.yes(hw, "hardware components carry firmware");
    }

    /**
     * CSUP-2.3, CSUP-3.3, RMOT-3: an update that travels over a network (internet or the hospital's) is
     * installed remotely; No only when every flow of every update path is a physical connection.
     */
    private static Mds2Answer remoteUpdate(Mds2Context c) {
        List<Update> updates = c.model().updates();
        if (updates.isEmpty()) {
            return Mds2Answer.notStated("updates");
        }
        List<String> remote = new ArrayList<>();
        List<String> physical = new ArrayList<>();
        int flows = 0;
        for (Update u : updates) {
            for (String flowId : u.path()) {
                Flow f = c.model().flow(flowId);
                flows++;
                Optional<Flow.Network> network = f.network();
                if (network.map(n -> n == Flow.Network.INTERNET || n == Flow.Network.LOCAL)
                        .orElse(false)) {
                    remote.add("update " + u.id() + " travels over flow " + f.id() + " ("
                            + network.get().wire() + ")");
                } else if (network.map(n -> n == Flow.Network.PHYSICAL).orElse(false)) {
                    physical.add("update " + u.id() + " flow " + f.id() + " (physical)");
                }
            }
        }
        if (!remote.isEmpty()) {
            return Mds2Answer.yes(remote, "");
        }
        return !physical.isEmpty() && physical.size() == flows
                ? Mds2Answer.no(physical, "updates are installed only over a physical connection")
                : Mds2Answer.notStated(physical, "flows[].network of the update paths");
    }

    private static Mds2Answer thirdPartyPatches(Mds2Context c) {
        List<String> hdo = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Component x : c.components()) {
            x.capabilities()
                    .flatMap(Capabilities::thirdPartySoftwareUpdates)
                    .ifPresent(p -> (p == Capabilities.PatchInstaller.HDO ? hdo : other)
                            .add("component " + x.id() + " capabilities.thirdPartySoftwareUpdates " + p.wire()));
        }
        if (!hdo.isEmpty()) {
            return Mds2Answer.yes(hdo, "");
        }
        return other.isEmpty()
                ? Mds2Answer.notStated("components[].capabilities.thirdPartySoftwareUpdates")
                : Mds2Answer.no(other, "");
    }

    /**
     * CSUP-4 asks whether the device contains anti-malware software ({@code mechanism} false); MLDP-2 whether
     * it supports anti-malware software or another mechanism such as allow-listing ({@code mechanism} true).
     * A component answers from hardening.antiMalware and capabilities.malwareProtection.
     */
    private static Mds2Answer antiMalware(Mds2Context c, boolean mechanism) {
        List<Component> scope = hardware(c).isEmpty() ? c.components() : hardware(c);
        List<Stated> facts = new ArrayList<>();
        for (Component x : scope) {
            Optional<Boolean> software = x.hardening().antiMalware();
            Optional<Capabilities.MalwareProtection> protection =
                    x.capabilities().flatMap(Capabilities::malwareProtection);
            Optional<Boolean> byProtection = protection.flatMap(p -> switch (p) {
                case ANTIVIRUS -> Optional.of(true);
                case ALLOWLIST -> mechanism ? Optional.of(true) : Optional.empty();
                case NONE, NOT_APPLICABLE -> Optional.of(false);
            });
            Optional<Boolean> value = software.orElse(false) || byProtection.orElse(false)
                    ? Optional.of(true)
                    : software.isPresent() || byProtection.isPresent() ? Optional.of(false) : Optional.empty();
            facts.add(Stated.of(
                    "component " + x.id() + " hardening.antiMalware "
                            + software.map(b -> b ? "true" : "false").orElse("unstated")
                            + ", capabilities.malwareProtection "
                            + protection.map(p -> p.wire()).orElse("unstated"),
                    value));
        }
        return Stated.anyTrue(facts, "components[].hardening.antiMalware or capabilities.malwareProtection");
    }

    private static Mds2Answer hardening(
            Mds2Context c, Function<Component.Hardening, Optional<Boolean>> read, String key) {
        List<Component> scope = hardware(c).isEmpty() ? c.components() : hardware(c);
        return Stated.anyTrue(
                scope.stream()
                        .map(x -> Stated.of("component " + x.id() + " hardening." + key, read.apply(x.hardening())))
                        .toList(),
                "components[].hardening." + key);
    }

    private static Mds2Answer unneededPorts(Mds2Context c) {
        List<String> open = new ArrayList<>();
        for (Component x : c.components()) {
            for (Component.Interface i : x.interfaces()) {
                if (i.isDebug() && i.enabledInField()) {
                    open.add("interface " + i.id() + " (" + i.type().wire() + ") enabled in the field");
                }
            }
        }
        if (!open.isEmpty()) {
            return Mds2Answer.no(open, "a debug interface stays enabled in the field");
        }
        return Stated.allTrue(
                hardware(c).stream()
                        .map(x -> Stated.of(
                                "component " + x.id() + " hardening.unusedServicesDisabled",
                                x.hardening().unusedServicesDisabled()))
                        .toList(),
                "components[].hardening.unusedServicesDisabled");
    }

    private static Mds2Answer softwareIntegrity(Mds2Context c) {
        Mds2Answer boot = hardening(c, Component.Hardening::secureBoot, "secureBoot");
        Mds2Answer signed = signedUpdates(c);
        if (boot.value() == Mds2Answer.Value.YES || signed.value() == Mds2Answer.Value.YES) {
            List<String> facts = new ArrayList<>();
            if (boot.value() == Mds2Answer.Value.YES) {
                facts.addAll(boot.facts());
            }
            if (signed.value() == Mds2Answer.Value.YES) {
                facts.addAll(signed.facts());
            }
            return Mds2Answer.yes(facts, "");
        }
        return boot.value() == Mds2Answer.Value.NO && signed.value() == Mds2Answer.Value.NO
                ? Mds2Answer.no(concat(boot.facts(), signed.facts()), "")
                : Mds2Answer.notStated(
                        concat(boot.facts(), signed.facts()), "secure boot or signed updates verified on the device");
    }

    private static Mds2Answer signedUpdates(Mds2Context c) {
        List<Update> updates = c.model().updates();
        if (updates.isEmpty()) {
            return Mds2Answer.notStated("updates");
        }
        return Stated.allTrue(
                updates.stream()
                        .map(u -> Stated.of(
                                "update " + u.id() + " signed with "
                                        + u.signedWith().orElse("nothing") + ", verified on "
                                        + u.verifiedOn().wire(),
                                Optional.of(u.signedWith().isPresent() && u.verifiedOn() == Update.VerifiedOn.DEVICE)))
                        .toList(),
                "updates[].signedWith and verifiedOn");
    }

    private static Mds2Answer sbomAvailable(Mds2Context c) {
        if (c.components().isEmpty()) {
            return Mds2Answer.notStated("components");
        }
        List<String> sboms = c.components().stream()
                .filter(x -> x.sbom().isPresent())
                .map(x -> "component " + x.id() + " sbom " + x.sbom().get())
                .toList();
        return sboms.isEmpty()
                ? Mds2Answer.no(List.of("no component of the model names an SBOM"), "")
                : Mds2Answer.yes(sboms, "");
    }

    private static Mds2Answer sbomStandard(Mds2Context c) {
        Mds2Answer available = sbomAvailable(c);
        if (available.value() == Mds2Answer.Value.NOT_STATED) {
            return available; // no components: whether an SBOM exists is not stated, so neither is its standard
        }
        return available.value() == Mds2Answer.Value.YES
                ? Mds2Answer.yes(available.facts(), "Vigil reads SBOMs only in CycloneDX or SPDX")
                : Mds2Answer.notApplicable(available.facts(), "no SBOM");
    }

    private static Mds2Answer supportDates(Mds2Context c) {
        List<String> dates = new ArrayList<>();
        c.components().forEach(x -> x.software()
                .flatMap(Component.Software::supportEnds)
                .ifPresent(d -> dates.add("component " + x.id() + " support ends " + d)));
        c.lifecycle(Phase.END_OF_LIFE, "endOfSupport").ifPresent(dates::add);
        return dates.isEmpty()
                ? Mds2Answer.notStated("components[].software.supportEnds or lifecycle.endOfLife.endOfSupport")
                : Mds2Answer.yes(dates, "the customer security documentation lists the support dates");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
