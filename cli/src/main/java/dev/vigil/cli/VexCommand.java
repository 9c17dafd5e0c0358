package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil vex ...}: VEX documents (CycloneDX, OpenVEX, CSAF) read, checked and converted. */
@Command(
        name = "vex",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil vex read vendor.vex.json"},
        description = "Read VEX documents (CycloneDX, OpenVEX, CSAF VEX) and write CycloneDX or OpenVEX.",
        subcommands = {VexReadCommand.class, VexConvertCommand.class})
final class VexCommand implements Runnable {

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
