package dev.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.postmarket.CaseReportJson;
import dev.vigil.engine.postmarket.clocks.ClockRule;
import dev.vigil.engine.postmarket.clocks.ClockRules;
import dev.vigil.engine.postmarket.clocks.Condition;
import java.io.PrintWriter;
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
            ObjectNode root = CaseReportJson.object();
            root.put("defaultDisclosureDays", rules.defaultDisclosureDays());
            ArrayNode list = root.putArray("rules");
            for (ClockRule r : rules.rules()) {
                ObjectNode o = list.addObject();
                CaseReportJson.rule(o, r);
                r.markets().stream().map(m -> m.wire()).sorted().forEach(o.putArray("markets")::add);
                r.when().stream().map(Condition::wire).sorted().forEach(o.putArray("when")::add);
                r.unless().stream().map(Condition::wire).sorted().forEach(o.putArray("unless")::add);
                o.put("period", period(r, rules));
            }
            out.println(CaseReportJson.toText(root));
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
