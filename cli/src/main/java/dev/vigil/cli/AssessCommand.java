package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.FindingGate;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.report.Diagram;
import dev.vigil.engine.report.ReportFiles;
import dev.vigil.engine.report.ReportHtml;
import dev.vigil.engine.report.ReportJson;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.risk.InvalidRiskMatrixException;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.support.SupportOutlook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
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
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil assess examples/glucoflow.yaml",
            "  vigil assess examples/glucoflow.yaml --out report --fail-on uncontrolled",
            "  vigil assess model.yaml --vex vendor.vex.json --fail-on-vulnerability kev",
            "  vigil assess model.yaml --date 2027-01-01 --support-warning-days 365"
        },
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

    @Option(
            names = "--allow-unchecked",
            description = "Let --fail-on-vulnerability pass although no store or SBOM was read or model components"
                    + " running software have no SBOM: the gate then judges only what was checked.")
    boolean allowUnchecked;

    @Option(
            names = "--support-warning-days",
            paramLabel = "N",
            defaultValue = "" + SupportOutlook.DEFAULT_DAYS,
            description = "Warn when the system's, a platform's or an SBOM component's support ends within N days of"
                    + " the assessment date (default: ${DEFAULT-VALUE}); ended support is always reported.")
    int supportWarningDays;

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
        // Diagrams take seconds to render, so only reports that show them pay for them.
        boolean fullReport = out != null || format == Format.html;
        if (supportWarningDays < 0 || supportWarningDays > SupportOutlook.MAX_DAYS) {
            throw new BadInputException(
                    "--support-warning-days must be 0 to " + SupportOutlook.MAX_DAYS + ", not " + supportWarningDays);
        }
        AssessOptions options = AssessOptions.on(assessmentDate())
                .withRiskMatrix(matrix())
                .withVex(VexFiles.index(vex))
                .withOutputs(
                        fullReport
                                ? new Output[] {
                                    Output.COMPLIANCE, Output.VULNERABILITIES, Output.SUPPORT, Output.DIAGRAMS
                                }
                                : new Output[] {Output.COMPLIANCE, Output.VULNERABILITIES, Output.SUPPORT})
                .withSupportWarningDays(supportWarningDays)
                .withFindingGate(Optional.ofNullable(failOn)
                        .map(f -> FindingGate.valueOf(f.name().toUpperCase(Locale.ROOT))))
                .withVulnerabilityGate(
                        Optional.ofNullable(ScanCommand.gate(failOnVulnerability, "--fail-on-vulnerability")))
                .withUncheckedAllowed(allowUnchecked);
        SystemModel model = ModelArgument.load(modelFile, stderr);
        AssessResult result = AdvisoryStores.using(store, false, advisories -> new Assessor()
                .assess(model, options.withStore(advisories).withSources(ModelArgument.sources(modelFile))));
        render(result, stdout);
        result.assessment().trackingWarnings().forEach(w -> stderr.println("vigil: warning: " + w));
        result.gates().reasons().forEach(r -> stderr.println("vigil: gate failed: " + r));
        stdout.flush();
        stderr.flush();
        return result.gates().anyFailed() ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }

    private void render(AssessResult result, PrintWriter stdout) throws IOException {
        Assessment assessment = result.assessment();
        VulnerabilityCheck vulnerabilities = result.vulnerabilities();
        Optional<ComplianceReport> compliance = result.compliance();
        Optional<SupportOutlook> support = result.support();
        String version = VigilCommand.versionText();
        List<Diagram> diagrams = Diagram.of(result.diagrams());
        if (out != null) {
            List<Path> written;
            try {
                written = ReportFiles.write(out, assessment, version, diagrams, compliance, vulnerabilities, support);
            } catch (FileAlreadyExistsException e) {
                // createDirectories found a file (or a device) where the report folder should be
                throw new BadInputException("cannot write the report into " + out + ": it is not a directory");
            } catch (IOException e) {
                throw new BadInputException("cannot write the report into " + out + ": " + e.getMessage());
            }
            if (format == Format.text) {
                text(assessment, stdout);
                stdout.println(vulnerabilityLine(vulnerabilities));
                support.ifPresent(o -> supportLines(o, stdout));
                written.forEach(p -> stdout.println("wrote " + p));
            }
        }
        if (out == null || format != Format.text) {
            switch (format) {
                case text -> {
                    text(assessment, stdout);
                    stdout.println(vulnerabilityLine(vulnerabilities));
                    support.ifPresent(o -> supportLines(o, stdout));
                }
                case json -> stdout.print(ReportJson.render(assessment, version, compliance, vulnerabilities, support));
                case html -> stdout.print(
                        ReportHtml.render(assessment, version, diagrams, compliance, vulnerabilities, support));
            }
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

    /** The summary line, then the warnings soonest first (the first {@link #TOP}; the reports hold all). */
    private static void supportLines(SupportOutlook outlook, PrintWriter out) {
        out.println(outlook.summary());
        outlook.warnings().stream().limit(TOP).forEach(w -> out.println("  " + w.status() + ": " + w.text()));
        if (outlook.warnings().size() > TOP) {
            out.println("  ... and " + (outlook.warnings().size() - TOP) + " more (see report.json or report.html)");
        }
        outlook.unread().forEach(u -> out.println("  support dates not read: " + u));
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

    private RiskMatrix matrix() {
        if (riskMatrix == null) {
            return RiskMatrix.standard();
        }
        try {
            return RiskMatrix.load(riskMatrix);
        } catch (InvalidRiskMatrixException e) {
            throw new InputException(e.diagnostics());
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
