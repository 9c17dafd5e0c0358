package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.compliance.ComplianceDocument;
import dev.vigil.engine.compliance.ComplianceOptions;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.report.ComplianceHtml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil compliance MODEL}: where the system stands against each applicable framework, computed
 * from the model's facts, evidence and open threat findings. A gap is information, so the exit code
 * is 0 unless {@code --fail-on} asks for a gate.
 */
@Command(
        name = "compliance",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil compliance examples/glucoflow.yaml",
            "  vigil compliance model.yaml --by-phase --format html > compliance.html",
            "  vigil compliance model.yaml --framework fda-premarket --fail-on gap"
        },
        mixinStandardHelpOptions = true,
        description = {
            "Judge a system model against the regulatory catalog: met, partial, gap or not-applicable per"
                    + " requirement, with the reason, the evidence and the open findings that block it.",
            "--by-phase groups the requirements by lifecycle phase so a team sees what is due now.",
            "--actions lists what to do instead: each missing piece of evidence and open finding once, with every"
                    + " requirement it serves across frameworks, grouped by theme, most closing first."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:judged (gaps are reported, not failed)",
            "1:--fail-on found a row at or below its threshold",
            "2:bad input: invalid model, unknown framework, phase, format or view"
        })
final class ComplianceCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("text", "json", "html");
    private static final List<String> VIEWS = List.of("framework", "lifecycle");
    private static final List<String> FAIL_ON = List.of("gap", "partial");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Option(
            names = "--framework",
            paramLabel = "ID",
            split = ",",
            description = "Only these frameworks (repeat or separate with commas); see 'vigil catalog frameworks'.")
    List<String> frameworks = new ArrayList<>();

    @Option(
            names = "--phase",
            paramLabel = "PHASE",
            description = "Only requirements of this phase: design, development, first-use, monitoring, end-of-life.")
    String phase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or html.")
    String format;

    @Option(names = "--by-phase", description = "Group requirements by lifecycle phase (same as --view lifecycle).")
    boolean byPhase;

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            defaultValue = "framework",
            description = "framework (default) or lifecycle.")
    String view;

    @Option(
            names = "--fail-on",
            paramLabel = "STATUS",
            description = "Exit 1 when an applicable row is this status or worse: gap, or partial (partial and gap).")
    String failOn;

    @Option(
            names = "--actions",
            description = "Print the action list (missing evidence and open findings by theme) instead of the rows.")
    boolean actions;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Judge evidence ages on this date (default: today, UTC).")
    String date;

    @Option(
            names = "--no-file-checks",
            description = "Do not check that the evidence files the model names exist (relative to the model).")
    boolean noFileChecks;

    @Override
    public Integer call() {
        choice("format", format, FORMATS);
        if (actions && format.equals("html")) {
            throw new BadInputException("--actions prints text or json, not html");
        }
        choice("view", view, VIEWS);
        if (failOn != null) {
            choice("--fail-on status", failOn, FAIL_ON);
        }
        LocalDate on = date();
        SystemModel model = ModelArgument.load(modelFile, spec.commandLine().getErr());
        AssessResult result = new Assessor()
                .assess(
                        model,
                        AssessOptions.on(on)
                                .withSources(ModelArgument.sources(modelFile))
                                .withCompliance(
                                        new ComplianceOptions(frameworks, Optional.ofNullable(phase), !noFileChecks))
                                .withOutputs(Output.COMPLIANCE)
                                .withComplianceGate(Optional.ofNullable(failOn)
                                        .map(f -> f.equals("gap") ? ComplianceStatus.GAP : ComplianceStatus.PARTIAL)));
        ComplianceReport report = result.compliance().orElseThrow();
        boolean lifecycle = byPhase || view.equals("lifecycle");
        PrintWriter out = spec.commandLine().getOut();
        if (actions) {
            if (format.equals("json")) {
                out.println(JsonDocuments.write(ComplianceDocument.ActionsDocument.of(report)));
            } else {
                ComplianceText.actions(out, report);
            }
            out.flush();
            return result.gates().anyFailed() ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
        }
        switch (format) {
            case "json" -> out.println(json(report, lifecycle));
            case "html" -> out.print(ComplianceHtml.page(report, lifecycle));
            default -> {
                if (lifecycle) {
                    ComplianceText.byPhase(out, report);
                } else {
                    ComplianceText.byFramework(out, report);
                }
            }
        }
        out.flush();
        return result.gates().anyFailed() ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }

    private LocalDate date() {
        if (date == null) {
            return LocalDate.now(Clock.systemUTC());
        }
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("--date must be a date as YYYY-MM-DD, not '" + date + "'");
        }
    }

    private static String json(ComplianceReport report, boolean lifecycle) {
        return JsonDocuments.write(ComplianceDocument.of(report, lifecycle));
    }

    private static void choice(String what, String value, List<String> valid) {
        if (!valid.contains(value)) {
            throw new BadInputException(
                    "unknown " + what + " '" + value + "' (valid: " + String.join(", ", valid) + ")");
        }
    }
}
