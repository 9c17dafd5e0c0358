package dev.vigil.cli;

import dev.vigil.engine.postmarket.CaseReportDocument;
import dev.vigil.engine.postmarket.clocks.ClockRule;
import dev.vigil.engine.postmarket.clocks.ClockRules;
import dev.vigil.engine.postmarket.clocks.Condition;
import dev.vigil.engine.render.JsonDocuments;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil case rules}: the regulator clocks Vigil knows, with their conditions and citations. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil case rules", "  vigil case rules --format json"},
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists the regulator clock rules: when each runs, its period, what it asks and its citation.")
final class CaseRulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json")
    OutputFormat format;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ClockRules rules = ClockRules.standard();
        if (format == OutputFormat.json) {
            List<CaseReportDocument.RuleListing> listing = rules.rules().stream()
                    .map(r -> new CaseReportDocument.RuleListing(
                            CaseReportDocument.RuleEntry.of(r),
                            r.markets().stream().map(m -> m.wire()).sorted().toList(),
                            r.when().stream().map(Condition::wire).sorted().toList(),
                            r.unless().stream().map(Condition::wire).sorted().toList(),
                            period(r, rules)))
                    .toList();
            out.println(
                    JsonDocuments.write(new CaseReportDocument.RulesDocument(rules.defaultDisclosureDays(), listing)));
        } else {
            TextTable table = new TextTable("RULE", "REGULATOR", "WHEN", "PERIOD", "CITATION", "VERIFIED");
            for (ClockRule r : rules.rules()) {
                String when = r.when().stream().map(Condition::wire).sorted().collect(Collectors.joining("+"))
                        + (r.unless().isEmpty()
                                ? ""
                                : " unless "
                                        + r.unless().stream()
                                                .map(Condition::wire)
                                                .sorted()
                                                .collect(Collectors.joining("/")));
                table.row(
                        r.id(),
                        r.regulator(),
                        when,
                        period(r, rules),
                        r.citation().text(),
                        r.citation().verified() ? "yes" : "no");
            }
            table.print(out);
        }
        out.flush();
    }

    private static String period(ClockRule r, ClockRules rules) {
        if (r.before().isPresent()) {
            return "before " + r.before().get().wire();
        }
        if (r.disclosurePeriod()) {
            return rules.defaultDisclosureDays() + " days (case disclosureDays)";
        }
        return r.days()
                .map(d -> d + (r.workingDays() ? " working days" : " days"))
                .orElse("condition");
    }
}
