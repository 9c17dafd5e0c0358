package dev.vigil.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil bench}: benchmarks on generated data. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks on generated data.",
        subcommands = {BenchScanCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
