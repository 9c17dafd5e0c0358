package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil case ...}: postmarket vulnerability cases (docs/case-format.md). */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil case check case.yaml --model model.yaml", "  vigil case rules"},
        name = "case",
        description = "Postmarket vulnerability cases: risk decision, regulator clocks, customer letter.",
        subcommands = {CaseCheckCommand.class, CaseLetterCommand.class, CaseRulesCommand.class})
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
