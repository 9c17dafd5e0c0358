package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.Lifecycle.Phase;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.report.VulnerabilityCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Requirements, tests, the traceability matrix, metrics and the cybersecurity management plan. */
final class VerificationSections {
    private VerificationSections() {}

    static void register(Map<String, Function<DocumentContext, Section>> writers) {
        writers.put("requirements", VerificationSections::requirements);
        writers.put("tests", VerificationSections::tests);
        writers.put("traceability", VerificationSections::traceability);
        writers.put("metrics", VerificationSections::metrics);
        writers.put("management-plan", VerificationSections::managementPlan);
    }

    private static String testIds(List<SecurityTest> tests) {
        return tests.isEmpty()
                ? Block.NOT_STATED
                : tests.stream()
                        .map(t -> t.id()
                                + t.result().map(r -> " (" + r.wire() + ")").orElse(""))
                        .collect(Collectors.joining(", "));
    }

    private static Section requirements(DocumentContext c) {
        SecurityRequirements reqs = SecurityRequirements.of(c);
        return Sections.section(
                "requirements",
                "Security requirements",
                List.of(
                        new Block.Paragraph("Requirements come from the controls the model claims (REQ-<control>)"
                                + " and from the mitigations of every rule with findings (REQ-<rule>). Each is"
                                + " verified by the tests of the model that exercised its elements."),
                        new Block.Table(
                                "Security requirements and their verification",
                                List.of("Requirement", "What is required", "Source", "Elements", "Verified by"),
                                reqs.items().stream()
                                        .map(i -> List.of(
                                                i.id(),
                                                i.text(),
                                                i.source(),
                                                String.join(", ", i.elements()),
                                                testIds(i.tests())))
                                        .toList(),
                                "no requirements: the model has no controls and the assessment no findings")));
    }

    private static Section tests(DocumentContext c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(
                "Security tests",
                List.of("Test", "Kind", "Independent", "Date", "Covers", "Result", "Report"),
                c.model().tests().stream()
                        .map(t -> List.of(
                                t.id(),
                                t.kind().wire(),
                                Sections.yesNo(t.independent()),
                                t.date().map(LocalDate::toString).orElse(""),
                                String.join(", ", t.covers()),
                                t.result().map(WireValue::wire).orElse(""),
                                t.report().orElse("")))
                        .toList(),
                "no security tests " + Block.NOT_STATED));
        c.model()
                .lifecycle()
                .find(Phase.DEVELOPMENT, "penetrationTest")
                .ifPresent(e -> blocks.add(new Block.Paragraph("Penetration test: " + Text.evidence(e))));
        return Sections.section("tests", "Security testing", blocks);
    }

    private static Section traceability(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : c.findings()) {
            List<Control> controls = c.controlsFor(f.element());
            List<String> ids = new ArrayList<>(List.of(f.id(), f.element()));
            controls.forEach(k -> ids.add(k.id()));
            rows.add(List.of(
                    f.id() + ": " + f.rule().title(),
                    String.join(", ", f.score().hazards()).isEmpty()
                            ? "no linked hazard, " + f.score().severity().wire()
                            : String.join(", ", f.score().hazards()) + ", "
                                    + f.score().severity().wire() + ", " + RiskSections.decision(f),
                    controls.isEmpty()
                            ? Block.NOT_STATED
                            : controls.stream().map(Control::id).collect(Collectors.joining(", ")),
                    SecurityRequirements.requirementFor(f)
                            + controls.stream().map(k -> ", REQ-" + k.id()).collect(Collectors.joining()),
                    testIds(c.testsFor(ids)),
                    RiskSections.residual(f)));
        }
        return Sections.section(
                "traceability",
                "Traceability matrix",
                List.of(
                        new Block.Paragraph("Each row follows one threat through its risk, the controls that apply,"
                                + " the requirements, the tests that verify them and the residual risk."),
                        new Block.Table(
                                "Threat -> risk -> control -> requirement -> test -> residual risk",
                                List.of("Threat", "Risk", "Control", "Requirement", "Test", "Residual risk"),
                                rows,
                                "no findings to trace"),
                        untracedControls(c),
                        hazardCoverage(c),
                        testCoverage(c)));
    }

    /*
     * The matrix above starts from findings, so a control, hazard or test no finding reaches would be
     * missing from it; the tables below trace each of them from its own side, saying when nothing links.
     */

    private static Block untracedControls(DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (Control k : c.model().controls()) {
            if (c.findings().stream().anyMatch(f -> k.appliesTo().contains(f.element()))) {
                continue;
            }
            List<String> ids = new ArrayList<>(k.appliesTo());
            ids.add(k.id());
            rows.add(List.of(
                    k.id(),
                    String.join(", ", k.appliesTo()),
                    "REQ-" + k.id(),
                    testIds(c.testsFor(ids)),
                    "no finding of this assessment on these elements"));
        }
        return new Block.Table(
                "Controls no finding points at -> requirement -> test",
                List.of("Control", "Applies to", "Requirement", "Test", "Residual risk"),
                rows,
                "every control is traced from a finding above");
    }

    private static Block hazardCoverage(DocumentContext c) {
        return new Block.Table(
                "Hazards and the findings that can lead to them",
                List.of("Hazard", "Severity", "Findings"),
                c.model().hazards().stream()
                        .map(h -> List.of(
                                h.id(),
                                h.severity().wire(),
                                c.findings().stream()
                                        .filter(f -> f.score().hazards().contains(h.id()))
                                        .map(f -> f.id() + " (" + RiskSections.residual(f) + ")")
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("no finding of this assessment leads to it")))
                        .toList(),
                "no hazards " + Block.NOT_STATED);
    }

    private static Block testCoverage(DocumentContext c) {
        List<SecurityRequirements.Item> requirements =
                SecurityRequirements.of(c).items();
        return new Block.Table(
                "Tests and the requirements they verify",
                List.of("Test", "Result", "Requirements", "Findings"),
                c.model().tests().stream()
                        .map(t -> List.of(
                                t.id(),
                                t.result().map(WireValue::wire).orElse(""),
                                requirements.stream()
                                        .filter(i -> i.tests().contains(t))
                                        .map(SecurityRequirements.Item::id)
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("verifies no requirement of this release"),
                                t.findings().isEmpty() ? "none named" : String.join(", ", t.findings())))
                        .toList(),
                "no security tests " + Block.NOT_STATED);
    }

    private static Section metrics(DocumentContext c) {
        Summary s = c.result().assessment().summary();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("Findings", String.valueOf(s.total())));
        s.bySeverity()
                .forEach((k, v) -> facts.add(new Block.Fact("Findings of severity " + k.wire(), String.valueOf(v))));
        facts.add(new Block.Fact("Uncontrolled risks", String.valueOf(s.uncontrolled())));
        facts.add(new Block.Fact("Controlled risks", String.valueOf(s.controlled())));
        facts.add(new Block.Fact("Findings reaching many patients", String.valueOf(s.multiPatient())));
        long decided = c.findings().stream().filter(f -> !f.isOpen()).count();
        facts.add(new Block.Fact("Findings with a recorded decision", decided + " of " + s.total()));
        long tested = SecurityRequirements.of(c).items().stream()
                .filter(i -> !i.tests().isEmpty())
                .count();
        facts.add(new Block.Fact(
                "Requirements verified by a test",
                tested + " of " + SecurityRequirements.of(c).items().size()));
        if (c.result().vulnerabilities() instanceof VulnerabilityCheck.Checked k) {
            facts.add(new Block.Fact(
                    "Known vulnerabilities reported",
                    String.valueOf(k.result().reported().size())));
            facts.add(new Block.Fact(
                    "Known exploited (KEV)", String.valueOf(k.result().knownExploitedCount())));
        } else {
            facts.add(new Block.Fact("Known vulnerabilities reported", null));
        }
        facts.add(new Block.Fact("Patch cadence (days)", lifecycle(c, Phase.MONITORING, "patchCadenceDays")));
        facts.add(new Block.Fact(
                "Lifecycle metrics tracked (time to patch, share patched)",
                lifecycle(c, Phase.MONITORING, "tplcMetrics")));
        return Sections.section(
                "metrics",
                "Security measures and metrics",
                List.of(
                        new Block.Paragraph("Measures of this release, counted from the assessment; lifecycle"
                                + " metrics come from the model's monitoring facts."),
                        new Block.Facts(facts)));
    }

    private static String lifecycle(DocumentContext c, Phase phase, String key) {
        return c.model().lifecycle().find(phase, key).map(Text::evidence).orElse(null);
    }

    private static Section managementPlan(DocumentContext c) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(
                "Personnel responsible (product security contact)", lifecycle(c, Phase.MONITORING, "psirtContact")));
        facts.add(new Block.Fact("Plan document", lifecycle(c, Phase.MONITORING, "cybersecurityManagementPlan")));
        facts.add(new Block.Fact(
                "Monitoring of vulnerability sources", lifecycle(c, Phase.MONITORING, "vulnerabilityMonitoring")));
        facts.add(new Block.Fact("Information sharing (ISAO)", lifecycle(c, Phase.MONITORING, "isao")));
        facts.add(new Block.Fact(
                "Known exploited vulnerabilities (CISA KEV)",
                c.result().vulnerabilities() instanceof VulnerabilityCheck.Checked k
                        ? k.result().knownExploitedCount() + " in this release's SBOMs; Vigil's scan flags KEV entries"
                        : Block.NOT_STATED + " (this run did not check KEV: "
                                + ((VulnerabilityCheck.NotChecked) c.result().vulnerabilities()).reason() + ")"));
        facts.add(new Block.Fact("Periodic security testing", periodicTesting(c)));
        facts.add(new Block.Fact("Patch timeline (days)", lifecycle(c, Phase.MONITORING, "patchCadenceDays")));
        facts.add(new Block.Fact(
                "Update process",
                c.model().updates().stream()
                        .map(u -> u.id() + ": " + u.target() + " via " + String.join(" -> ", u.path())
                                + u.signedWith().map(k -> ", signed with " + k).orElse(", unsigned")
                                + ", verified on " + u.verifiedOn().wire())
                        .collect(Collectors.joining("; "))));
        facts.add(new Block.Fact("Patching capability", patchingCapability(c)));
        facts.add(new Block.Fact("Coordinated vulnerability disclosure", lifecycle(c, Phase.MONITORING, "cvdPolicy")));
        facts.add(new Block.Fact("Incident response plan", lifecycle(c, Phase.MONITORING, "incidentResponsePlan")));
        facts.add(new Block.Fact(
                "Reporting security issues to regulators", lifecycle(c, Phase.MONITORING, "regulatoryReporting")));
        facts.add(new Block.Fact(
                "Customer communication", lifecycle(c, Phase.FIRST_USE, "customerSecurityDocumentation")));
        facts.add(new Block.Fact("End of support", lifecycle(c, Phase.END_OF_LIFE, "endOfSupport")));
        return Sections.section(
                "management-plan",
                "Cybersecurity management plan",
                List.of(
                        new Block.Paragraph("The elements a postmarket cybersecurity management plan lists, each"
                                + " with what the model states about it."),
                        new Block.Facts(facts)));
    }

    /**
     * Which components can be patched (an update path, with its signature check and recovery) and which
     * run software without one: a plan that names only the updatable ones would hide the others.
     */
    private static String patchingCapability(DocumentContext c) {
        List<String> parts = new ArrayList<>();
        c.model()
                .updates()
                .forEach(u -> parts.add(u.target() + " updatable (" + u.id()
                        + u.rollbackProtection()
                                .map(b -> b ? ", rollback refused" : ", rollback possible")
                                .orElse("")
                        + u.recovery().map(r -> ", recovery " + r.wire()).orElse("") + ")"));
        c.model().components().stream()
                .filter(x -> x.software().isPresent())
                .filter(x ->
                        c.model().updates().stream().noneMatch(u -> u.target().equals(x.id())))
                .forEach(x -> parts.add(x.id() + " runs software with no update path in the model"));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String periodicTesting(DocumentContext c) {
        Optional<LocalDate> last = c.model().tests().stream()
                .map(SecurityTest::date)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return last.map(d -> c.model().tests().size() + " tests in the model, the latest on " + d)
                .orElse(null);
    }
}
