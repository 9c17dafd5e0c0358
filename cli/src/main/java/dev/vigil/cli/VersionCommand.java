package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil version ...}: version semantics of the package ecosystems. */
@Command(
        name = "version",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil version compare Maven 1.0-rc1 1.0"},
        description = "Version ordering per ecosystem (OSV names: Maven, npm, PyPI, Go, Debian, Red Hat, ...).",
        subcommands = {VersionCompareCommand.class})
final class VersionCommand implements Runnable {

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
