package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil advisories}: the offline advisory store the scans match against. */
@Command(
        name = "advisories",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil advisories import osv-maven.zip known_exploited_vulnerabilities.json",
            "  vigil advisories stats"
        },
        mixinStandardHelpOptions = true,
        description = "Import advisory feeds (OSV, NVD, CSAF, KEV, EPSS) and inspect the store.",
        subcommands = {AdvisoriesImportCommand.class, AdvisoriesStatsCommand.class, AdvisoriesVerifyCommand.class})
final class AdvisoriesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
