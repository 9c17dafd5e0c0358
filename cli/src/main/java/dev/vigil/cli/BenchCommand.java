package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil bench ...}: timing runs on generated inputs. */
@Command(
        name = "bench",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench assess --components 500 --flows 2500"},
        mixinStandardHelpOptions = true,
        description = "Time Vigil on generated inputs.",
        subcommands = {
            BenchAssessCommand.class,
            BenchScanCommand.class,
            BenchPortfolioCommand.class,
            BenchLinearCommand.class
        })
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
