package dev.vigil.cli;

import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.CaseReportDocument;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.clocks.Clock;
import dev.vigil.engine.render.JsonDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil case check CASE --model MODEL}: the decision and the clocks; exit 1 when a clock is overdue. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil case check case.yaml --model examples/glucoflow.yaml",
            "  vigil case check case.yaml --model model.yaml --format json"
        },
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Decides controlled or uncontrolled risk for each vulnerability of the case (exploitability from the"
                    + " CVSS vector in the model's context x patient harm of the essential functions reached,"
                    + " through the risk matrix) and runs the regulator clocks that follow (vigil case rules).",
            "Exit code 1 when a clock is overdue on the date: a gate for pipelines."
        })
final class CaseCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (vigil-case: 1, YAML or JSON).")
    Path caseFile;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The product's system model.")
    Path model;

    @Option(names = "--date", paramLabel = "DATE", description = "Evaluate on this date (YYYY-MM-DD); default today.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CaseReport report =
                CaseInputs.check(caseFile, model, date, spec.commandLine().getErr());
        if (format == OutputFormat.json) {
            out.println(JsonDocuments.write(CaseReportDocument.of(report)));
        } else {
            text(out, report);
        }
        out.flush();
        return report.anyOverdue() ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }

    private static void text(PrintWriter out, CaseReport r) {
        out.println("Case " + r.caseFile().id() + ": " + r.caseFile().title());
        out.println("Product " + r.system().id() + ", aware " + r.caseFile().aware() + " ("
                + r.caseFile().source().wire() + "), checked on " + r.on());
        out.println("Decision: " + r.verdict().wire());
        for (RiskDecision d : r.decisions()) {
            out.println();
            out.println(d.vulnerability() + ": " + d.verdict().wire() + " (band " + d.band() + " x harm "
                    + d.harm().map(h -> h.wire()).orElse("not stated") + ", " + d.cvssVector()
                    + (d.vectorStated() ? "" : " derived") + ")");
            for (RiskDecision.Factor f : d.factors()) {
                out.println("  " + f.element().map(e -> e + " ").orElse("") + f.name() + " = " + f.value() + ": "
                        + f.reason());
            }
        }
        out.println();
        out.println("Clocks:");
        TextTable table = new TextTable("STATE", "DUE", "RULE", "WHAT", "TO", "CITATION");
        r.clocks().stream()
                .sorted(Comparator.comparing(
                        (Clock k) -> k.due().map(Object::toString).orElse("9999")))
                .forEach(k -> table.row(
                        k.state().wire(),
                        k.due().map(Object::toString).orElse("-"),
                        k.rule().id(),
                        k.rule().must(),
                        k.rule().to(),
                        k.rule().citation().text() + (k.rule().citation().verified() ? "" : " (unverified)")));
        table.print(out);
        r.clocks().stream()
                .filter(k -> k.state() == Clock.State.OVERDUE)
                .forEach(k -> out.println("OVERDUE " + k.rule().id() + ": " + k.explanation()));
        if (!r.skipped().isEmpty()) {
            out.println();
            out.println("Not running:");
            r.skipped().forEach(s -> out.println("  " + s.rule().id() + ": " + s.reason()));
        }
    }
}
