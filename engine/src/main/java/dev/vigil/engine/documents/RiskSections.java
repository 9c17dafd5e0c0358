package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.EssentialFunction;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.WireValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Scope, methods, hazards, threat model, risk assessment, residual risk and anomalies (the risk report). */
final class RiskSections {
    private RiskSections() {}

    static void register(Map<String, Function<DocumentContext, Section>> writers) {
        writers.put("scope", RiskSections::scope);
        writers.put("methods", RiskSections::methods);
        writers.put("hazards", RiskSections::hazards);
        writers.put("threat-model", RiskSections::threatModel);
        writers.put("risk-assessment", RiskSections::riskAssessment);
        writers.put("residual-risk", RiskSections::residualRisk);
        writers.put("unresolved-anomalies", RiskSections::unresolvedAnomalies);
    }

    private static Section scope(DocumentContext c) {
        SystemInfo s = c.model().system();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("System id", s.id()));
        facts.add(new Block.Fact("Name", s.name()));
        facts.add(new Block.Fact("Version", s.version().orElse(null)));
        facts.add(new Block.Fact("Manufacturer", s.manufacturer().orElse(null)));
        facts.add(new Block.Fact("Intended use", s.intendedUse().orElse(null)));
        facts.add(new Block.Fact("Use environments", words(s.environments())));
        facts.add(new Block.Fact("Markets", words(s.markets())));
        facts.add(new Block.Fact("Cyber device (FD&C Act 524B)", Sections.yesNo(s.cyberDevice())));
        facts.add(new Block.Fact(
                "Software safety class (IEC 62304)",
                s.softwareSafetyClass().map(WireValue::wire).orElse(null)));
        facts.add(new Block.Fact(
                "Device class per market",
                s.classes().entrySet().stream()
                        .map(e -> e.getKey().wire() + " " + e.getValue().wire())
                        .collect(Collectors.joining(", "))));
        List<List<String>> functions = s.essentialFunctions().stream()
                .map(f -> List.of(f.id(), f.name(), String.join(", ", f.hazards())))
                .toList();
        return Sections.section(
                "scope",
                "Scope and device description",
                List.of(
                        new Block.Facts(facts),
                        new Block.Table(
                                "Essential functions",
                                List.of("Id", "Essential function", "Hazards"),
                                functions,
                                "no essential function " + Block.NOT_STATED)));
    }

    private static Section methods(DocumentContext c) {
        var a = c.result().assessment();
        return Sections.section(
                "methods",
                "Methods",
                List.of(
                        new Block.Paragraph("Threats were identified by Vigil's threat rules, run on the system model"
                                + " on " + a.date() + " (" + a.rulesRun().size() + " rules applied to this kind of"
                                + " system). Each finding names the rule and the model element it concerns, with"
                                + " STRIDE, CWE and CAPEC classifications."),
                        new Block.Paragraph("Exploitability is derived from the model as CVSS v3.1 base metrics"
                                + " (attack vector from the flow's network, complexity, privileges and user"
                                + " interaction from authentication and pairing facts). Patient harm is the worst"
                                + " severity of the hazards linked to the affected components through their"
                                + " essential functions. The risk matrix combines both into a controlled or"
                                + " uncontrolled decision; findings without a linked hazard, and process gaps that"
                                + " are no attack path (rated without a CVSS vector), are not judged and say so."),
                        new Block.Table(
                                "Rules run",
                                List.of("Rule"),
                                a.rulesRun().stream().map(List::of).toList(),
                                "no rules run")));
    }

    private static Section hazards(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Hazard h : c.model().hazards()) {
            String functions = c.model().system().essentialFunctions().stream()
                    .filter(f -> f.hazards().contains(h.id()))
                    .map(EssentialFunction::id)
                    .collect(Collectors.joining(", "));
            rows.add(List.of(h.id(), h.name(), h.harm(), h.severity().wire(), functions));
        }
        return Sections.section(
                "hazards",
                "Hazards",
                List.of(new Block.Table(
                        "Hazards a security failure can lead to (ISO 14971)",
                        List.of("Hazard", "Name", "Harm", "Severity", "Essential functions"),
                        rows,
                        "no hazards " + Block.NOT_STATED)));
    }

    private static Section threatModel(DocumentContext c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("The architecture views below are drawn from the model: the data-flow"
                + " view, the global system view, the multi-patient harm view, the updatability view and one"
                + " view per use case."));
        List<Diagram> diagrams = c.result().diagrams();
        if (diagrams.isEmpty()) {
            blocks.add(new Block.NotStated("architecture views (the model has no flows to draw)"));
        }
        for (Diagram d : diagrams) {
            blocks.add(c.picture(d));
        }
        blocks.add(new Block.Table(
                "Zones",
                List.of("Zone", "Type", "Trust", "Physical access"),
                c.model().zones().stream()
                        .map(z -> List.of(
                                z.id(),
                                z.type().wire(),
                                z.trust().wire(),
                                z.physicalAccess().map(WireValue::wire).orElse("")))
                        .toList(),
                "no zones " + Block.NOT_STATED));
        blocks.add(new Block.Table(
                "Components",
                List.of("Component", "Kind", "Zone", "Owner", "Interfaces"),
                c.model().components().stream()
                        .map(x -> List.of(
                                x.id(),
                                x.kind().wire(),
                                x.zone(),
                                x.owner().map(WireValue::wire).orElse(""),
                                x.interfaces().stream()
                                        .map(i -> i.enabledInField() ? i.id() : i.id() + " (disabled in the field)")
                                        .collect(Collectors.joining(", "))))
                        .toList(),
                "no components " + Block.NOT_STATED));
        blocks.add(dataTable(c));
        blocks.add(new Block.Table(
                "Data flows",
                List.of("Flow", "From -> to", "Protocol", "Network", "Encryption", "Authentication", "Data"),
                c.model().flows().stream()
                        .map(f -> List.of(
                                f.id(),
                                f.from() + " -> " + f.to(),
                                f.protocol().orElse(""),
                                f.network().map(WireValue::wire).orElse(""),
                                f.encryption().map(WireValue::wire).orElse(""),
                                f.authentication().map(WireValue::wire).orElse(""),
                                String.join(", ", f.data())))
                        .toList(),
                "no flows " + Block.NOT_STATED));
        // The threat model covers the whole system, the update infrastructure and its keys included (FDA
        // premarket guidance V.A.1; the updatability view of V.B.2 is the update path and its chain of
        // trust): the diagrams show them, these tables name them so a reader can trace every id.
        blocks.add(secretsTable(c));
        blocks.add(updatesTable(c));
        return Sections.section("threat-model", "Threat model", blocks);
    }

    private static Block dataTable(DocumentContext c) {
        return new Block.Table(
                "Data (confidentiality, integrity, availability from 1 low to 5 highest)",
                List.of("Data", "Category", "C / I / A", "Patients", "Carried by flows", "Stored on"),
                c.model().data().stream()
                        .map(d -> List.of(
                                d.id() + d.name().map(n -> " (" + n + ")").orElse(""),
                                d.category().wire(),
                                d.confidentiality() + " / " + d.integrity() + " / " + d.availability(),
                                d.quantity().map(WireValue::wire).orElse(""),
                                joinOr(
                                        c.model().flows().stream()
                                                .filter(f -> f.data().contains(d.id()))
                                                .map(Flow::id),
                                        "no flow"),
                                joinOr(
                                        c.model().components().stream()
                                                .filter(x -> x.stores().contains(d.id()))
                                                .map(Component::id),
                                        "no component")))
                        .toList(),
                "no data " + Block.NOT_STATED);
    }

    private static Block secretsTable(DocumentContext c) {
        return new Block.Table(
                "Secrets and keys",
                List.of("Secret", "Type", "Stored in", "Protection", "Per device", "Approval of use", "Signs updates"),
                c.model().secrets().stream()
                        .map(k -> List.of(
                                k.id(),
                                k.type().wire(),
                                k.storedIn(),
                                k.protection().wire(),
                                Sections.yesNo(k.perDevice()),
                                k.approval().map(WireValue::wire).orElse(""),
                                joinOr(
                                        c.model().updates().stream()
                                                .filter(u -> u.signedWith()
                                                        .filter(k.id()::equals)
                                                        .isPresent())
                                                .map(Update::id),
                                        "none")))
                        .toList(),
                "no secrets " + Block.NOT_STATED);
    }

    private static Block updatesTable(DocumentContext c) {
        return new Block.Table(
                "Update paths and their chain of trust",
                List.of("Update", "Target", "Path", "Signed with", "Verified on", "Rollback protection", "Recovery"),
                c.model().updates().stream()
                        .map(u -> List.of(
                                u.id(),
                                u.target(),
                                String.join(" -> ", u.path()),
                                u.signedWith().orElse("unsigned"),
                                u.verifiedOn().wire(),
                                Sections.yesNo(u.rollbackProtection()),
                                u.recovery().map(WireValue::wire).orElse("")))
                        .toList(),
                "no update path " + Block.NOT_STATED);
    }

    private static String joinOr(Stream<String> ids, String none) {
        String joined = ids.collect(Collectors.joining(", "));
        return joined.isEmpty() ? none : joined;
    }

    private static Section riskAssessment(DocumentContext c) {
        Summary s = c.result().assessment().summary();
        List<List<String>> rows = c.findings().stream()
                .map(f -> List.of(
                        f.id(),
                        f.rule().title(),
                        f.score().exploitability().band() + " / 5",
                        f.score().cvssVector() == null
                                ? ""
                                : String.format(Locale.ROOT, "%.1f", f.score().cvssScore()),
                        f.score().harmSeverity().map(WireValue::wire).orElse("no linked hazard"),
                        f.score().hazards().isEmpty()
                                ? "none linked"
                                : String.join(", ", f.score().hazards()),
                        f.score().severity().wire(),
                        decision(f)))
                .toList();
        return Sections.section(
                "risk-assessment",
                "Risk assessment",
                List.of(
                        new Block.Paragraph(s.total() + " findings: " + s.uncontrolled() + " uncontrolled, "
                                + s.controlled() + " controlled, " + notJudged(c.findings()) + "; "
                                + s.multiPatient() + " can reach many patients."),
                        new Block.Table(
                                "Findings with exploitability, patient harm and the risk decision",
                                List.of(
                                        "Finding",
                                        "Threat",
                                        "Exploitability",
                                        "CVSS",
                                        "Harm",
                                        "Hazards",
                                        "Severity",
                                        "Decision"),
                                rows,
                                "no findings")));
    }

    /**
     * The risk matrix judges an attack path that leads to a hazard. A finding without a linked hazard is
     * not judged, and neither is one that is no attack path (a process gap such as a missing SBOM, rated
     * without a CVSS vector) even when it leaves hazards open: calling the latter "no hazard" would
     * contradict its hazards column.
     */
    static String decision(Finding f) {
        return f.score()
                .controlled()
                .map(ok -> ok ? "controlled" : "uncontrolled")
                .orElse(f.score().hazards().isEmpty() ? "not judged (no hazard)" : "not judged (not an attack path)");
    }

    /** The count of findings the matrix did not judge, split by why, as {@link #decision} words it. */
    static String notJudged(List<Finding> findings) {
        long noHazard = findings.stream()
                .filter(f ->
                        f.score().controlled().isEmpty() && f.score().hazards().isEmpty())
                .count();
        long noPath = findings.stream()
                .filter(f ->
                        f.score().controlled().isEmpty() && !f.score().hazards().isEmpty())
                .count();
        return noHazard + " without a linked hazard"
                + (noPath == 0 ? "" : ", " + noPath + " not an attack path (not judged)");
    }

    private static Section residualRisk(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : c.findings()) {
            List<Control> controls = c.controlsFor(f.element());
            rows.add(List.of(
                    f.id(),
                    controls.isEmpty()
                            ? Block.NOT_STATED
                            : controls.stream().map(Control::id).collect(Collectors.joining(", ")),
                    f.status().wire(),
                    f.tracking().flatMap(Tracking::justification).orElse(""),
                    residual(f)));
        }
        return Sections.section(
                "residual-risk",
                "Residual risk after controls",
                List.of(
                        new Block.Paragraph("The residual risk of each finding is its risk decision after the"
                                + " controls the model claims and the tracking decision recorded for it. An open"
                                + " uncontrolled finding remains an unacceptable residual risk."),
                        new Block.Table(
                                "Residual risk per finding",
                                List.of("Finding", "Controls", "Status", "Justification", "Residual risk"),
                                rows,
                                "no findings"),
                        controlsTable(c)));
    }

    /**
     * Every control the model claims, also those no finding points at: a control that answers no finding
     * of this assessment still lowers risk the rules do not see, and a reviewer looks for it here.
     */
    private static Block controlsTable(DocumentContext c) {
        return new Block.Table(
                "Security controls the model claims",
                List.of("Control", "Name", "Category", "Applies to", "Findings on those elements"),
                c.model().controls().stream()
                        .map(k -> List.of(
                                k.id(),
                                k.name(),
                                k.category().wire(),
                                String.join(", ", k.appliesTo()),
                                joinOr(
                                        c.findings().stream()
                                                .filter(f -> k.appliesTo().contains(f.element()))
                                                .map(Finding::id),
                                        "none")))
                        .toList(),
                "no controls " + Block.NOT_STATED);
    }

    static String residual(Finding f) {
        if (f.status() == Tracking.Status.MITIGATED || f.status() == Tracking.Status.FALSE_POSITIVE) {
            return "removed (" + f.status().wire() + ")";
        }
        if (f.status() == Tracking.Status.ACCEPTED || f.status() == Tracking.Status.TRANSFERRED) {
            return decision(f) + ", " + f.status().wire();
        }
        return decision(f) + ", open";
    }

    private static Section unresolvedAnomalies(DocumentContext c) {
        List<Block> blocks = new ArrayList<>();
        c.model()
                .lifecycle()
                .find(Lifecycle.Phase.DEVELOPMENT, "unresolvedAnomalies")
                .ifPresentOrElse(
                        e -> blocks.add(new Block.Paragraph(
                                "Assessment of unresolved anomalies: " + dev.vigil.engine.documents.Text.evidence(e))),
                        () -> blocks.add(new Block.NotStated("the security assessment of unresolved software"
                                + " anomalies (lifecycle.development.unresolvedAnomalies)")));
        long open = c.findings().stream().filter(Finding::isOpen).count();
        blocks.add(new Block.Paragraph(open + " findings of this assessment are open; they are listed in the"
                + " risk assessment and the residual risk sections."));
        return Sections.section("unresolved-anomalies", "Unresolved anomalies", blocks);
    }

    static String words(List<? extends WireValue> values) {
        return values.stream().map(WireValue::wire).collect(Collectors.joining(", "));
    }
}
