package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil csaf ...}: CSAF 2.0 advisories for the manufacturer's own product, and their validation. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil csaf advisory case.yaml --model model.yaml --out csaf", "  vigil csaf validate advisory.json"
        },
        name = "csaf",
        description = "Write CSAF 2.0 security advisories from a case and validate CSAF documents.",
        subcommands = {CsafAdvisoryCommand.class, CsafVexCommand.class, CsafValidateCommand.class})
final class CsafCommand implements Runnable {

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
