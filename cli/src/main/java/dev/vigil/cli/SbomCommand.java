package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil sbom}: import SBOMs and report on them. */
@Command(
        name = "sbom",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil sbom check app.cdx.json"},
        mixinStandardHelpOptions = true,
        description = "Read CycloneDX (1.2-1.7, JSON/XML) and SPDX (2.2/2.3, JSON/tag-value) SBOMs.",
        subcommands = {SbomCheckCommand.class, SbomComponentsCommand.class})
final class SbomCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
