package dev.vigil.cli;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.compliance.Compliance;
import dev.vigil.engine.compliance.ComplianceOptions;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.diagram.Diagrams;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.report.Diagram;
import dev.vigil.engine.report.ReportFiles;
import dev.vigil.engine.report.ReportHtml;
import dev.vigil.engine.report.ReportJson;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.risk.InvalidRiskMatrixException;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.Severity;
import dev.vigil.engine.sbom.SbomException;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.VulnerabilityGate;
import dev.vigil.engine.threat.ModelIndex;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.vex.VexIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil assess MODEL}: threats, scores and the report of one system model. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = "Assess a system model: findings, exploitability, patient harm and the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:assessed (and no open finding reached --fail-on)",
            "1:an open finding reached the --fail-on level, or a vulnerability --fail-on-vulnerability",
            "2:the model, the risk matrix or an option is invalid"
        })
final class AssessCommand implements Callable<Integer> {

    static final int TOP = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Write report.json and report.html into DIR.")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when an open finding reaches LEVEL: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Option(names = "--risk-matrix", paramLabel = "FILE", description = "The manufacturer's risk matrix (YAML).")
    Path riskMatrix;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Assessment date (default: today, UTC).")
    String date;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Advisory store to scan each component's sbom against (default: the default store of"
                    + " vigil advisories import, when it exists; without a store the report says vulnerabilities"
                    + " were not checked).")
    Path store;

    @Option(
            names = "--vex",
            paramLabel = "F",
            arity = "1..*",
            description = "VEX documents: not_affected and fixed statements suppress vulnerabilities.")
    List<Path> vex;

    @Option(
            names = "--fail-on-vulnerability",
            paramLabel = "LEVEL",
            description = "Exit 1 when a vulnerability not suppressed by VEX reaches this priority band"
                    + " (critical, high, medium, low), or with kev when one is known exploited.")
    String failOnVulnerability;

    enum Format {
        text,
        json,
        html
    }

    enum FailOn {
        uncontrolled,
        critical,
        high,
        medium
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        LocalDate day = assessmentDate();
        RiskMatrix matrix = matrix(stderr);
        if (matrix == null) {
            return ExitCodes.BAD_INPUT;
        }
        LoadResult result = new ModelLoader().load(modelFile);
        result.diagnostics().forEach(stderr::println);
        stderr.flush();
        if (!result.isValid()) {
            return ExitCodes.BAD_INPUT;
        }
        SystemModel model = result.orThrow();
        VulnerabilityGate vulnerabilityGate = ScanCommand.gate(failOnVulnerability, "--fail-on-vulnerability");
        VulnerabilityCheck vulnerabilities = vulnerabilities(model);
        if (vulnerabilityGate != null && vulnerabilities instanceof VulnerabilityCheck.NotChecked n) {
            throw new BadInputException("--fail-on-vulnerability cannot be judged: " + n.reason());
        }
        Assessment assessment = Assessment.of(model, day, matrix);
        String version = VigilCommand.versionText();
        // Diagrams take seconds to render, so only reports that show them pay for them.
        boolean fullReport = out != null || format == Format.html;
        List<Diagram> diagrams = fullReport ? diagrams(model) : List.of();
        Optional<ComplianceReport> compliance =
                Optional.of(Compliance.evaluate(model, new ThreatEngine().run(model), ComplianceOptions.ALL));
        if (out != null) {
            List<Path> written = ReportFiles.write(out, assessment, version, diagrams, compliance, vulnerabilities);
            if (format == Format.text) {
                text(assessment, stdout);
                stdout.println(vulnerabilityLine(vulnerabilities));
                written.forEach(p -> stdout.println("wrote " + p));
            }
        }
        if (out == null || format != Format.text) {
            switch (format) {
                case text -> {
                    text(assessment, stdout);
                    stdout.println(vulnerabilityLine(vulnerabilities));
                }
                case json -> stdout.print(ReportJson.render(assessment, version, compliance, vulnerabilities));
                case html -> stdout.print(
                        ReportHtml.render(assessment, version, diagrams, compliance, vulnerabilities));
            }
        }
        assessment.trackingWarnings().forEach(w -> stderr.println("vigil: warning: " + w));
        stdout.flush();
        stderr.flush();
        boolean threatGate = failOn != null && reached(assessment.findings(), failOn);
        boolean vulnerabilityGateFailed = vulnerabilityGate != null
                && vulnerabilityGate.failedBy(((VulnerabilityCheck.Checked) vulnerabilities).result());
        return threatGate || vulnerabilityGateFailed ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }

    /** Scans the component SBOMs when a store is there; a --store given but missing is an error, not a skip. */
    private VulnerabilityCheck vulnerabilities(SystemModel model) {
        VexIndex statements = VexFiles.index(vex);
        if (store != null && !AdvisoryStore.exists(store)) {
            throw new BadInputException("no advisory store at " + store + ": run 'vigil advisories import' first");
        }
        Path directory = store != null ? store : AdvisoryStore.defaultDirectory();
        try {
            return VulnerabilityCheck.run(model, directory, statements);
        } catch (SbomException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot read the advisory store " + directory + ": " + e.getMessage());
        }
    }

    private static String vulnerabilityLine(VulnerabilityCheck check) {
        if (check instanceof VulnerabilityCheck.Checked c) {
            ScanResult r = c.result();
            return "Vulnerabilities: " + r.reported().size() + " in " + r.componentCount() + " components of "
                    + r.sboms().size() + " SBOMs (" + ScanReport.bandSummary(r) + "); " + r.knownExploitedCount()
                    + " known exploited; " + r.suppressed().size() + " suppressed by VEX";
        }
        return "Vulnerabilities: " + ((VulnerabilityCheck.NotChecked) check).reason();
    }

    private static List<Diagram> diagrams(SystemModel model) {
        return Diagrams.of(new ModelIndex(model)).stream()
                .map(d -> new Diagram(d.name(), d.title(), d.svg()))
                .toList();
    }

    static boolean reached(List<Finding> findings, FailOn level) {
        return findings.stream().filter(Finding::isOpen).anyMatch(f -> switch (level) {
            case uncontrolled -> f.isUncontrolled();
            case critical -> f.score().severity() == Severity.CRITICAL;
            case high -> f.score().severity().compareTo(Severity.HIGH) <= 0;
            case medium -> f.score().severity().compareTo(Severity.MEDIUM) <= 0;
        });
    }

    private LocalDate assessmentDate() {
        if (date == null) {
            return LocalDate.now(Clock.systemUTC());
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date must be a date as YYYY-MM-DD, not '" + date + "'");
        }
    }

    private RiskMatrix matrix(PrintWriter stderr) {
        if (riskMatrix == null) {
            return RiskMatrix.standard();
        }
        try {
            return RiskMatrix.load(riskMatrix);
        } catch (InvalidRiskMatrixException e) {
            e.diagnostics().forEach(stderr::println);
            stderr.flush();
            return null;
        }
    }

    private static void text(Assessment a, PrintWriter out) {
        Summary s = a.summary();
        var system = a.model().system();
        out.println(system.name() + " (" + system.kind().wire() + " '" + system.id() + "'"
                + system.version().map(v -> ", version " + v).orElse("") + "), assessed " + a.date()
                + " with " + a.rulesRun().size() + " rules");
        StringBuilder counts = new StringBuilder();
        s.bySeverity().forEach((k, v) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(v)
                .append(' ')
                .append(k.wire()));
        out.println("Findings: " + s.total() + " (" + counts + ")");
        out.println("Risk: " + s.uncontrolled() + " uncontrolled, " + s.controlled() + " controlled, "
                + s.withoutHazard() + " without a linked hazard; " + s.multiPatient() + " multi-patient");
        long open = s.byStatus().get(dev.vigil.engine.model.Tracking.Status.OPEN);
        out.println("Status: " + open + " open, " + (s.total() - open) + " decided in tracking; "
                + a.exclusions().size() + " exclusions by assumptions");
        if (!a.findings().isEmpty()) {
            out.println();
            a.findings().stream().limit(TOP).forEach(f -> out.println(line(f)));
            if (a.findings().size() > TOP) {
                out.println("... and " + (a.findings().size() - TOP) + " more (see report.json or report.html)");
            }
        }
    }

    private static String line(Finding f) {
        String risk = f.score()
                .controlled()
                .map(c -> c ? "controlled" : "UNCONTROLLED")
                .orElse("no-hazard");
        String score = f.score().cvssVector() == null
                ? "   -"
                : String.format(Locale.ROOT, "%4.1f", f.score().cvssScore());
        return String.format(
                Locale.ROOT,
                "%-8s %s  %-12s %-14s %s  %s",
                f.score().severity().wire(),
                score,
                risk,
                f.status().wire(),
                f.id(),
                f.rule().title());
    }
}
