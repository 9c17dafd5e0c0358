package dev.vigil.bench;

import dev.vigil.cli.Main;
import dev.vigil.cli.VigilCommand;
import picocli.CommandLine;

/**
 * Entry point of the bench jar: the {@code vigil} command line with {@code bench} added. The launcher runs
 * it for {@code vigil bench ...}, so the CLI jar carries no benchmark code while the bench keeps vigil's
 * exit codes, one-line errors, {@code --debug} and checked output.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) {
        Main.run(commandLine(), args);
    }

    /** vigil's command line and its options, with {@code bench} and its subcommands. */
    static CommandLine commandLine() {
        CommandLine cli = VigilCommand.commandLine();
        cli.addSubcommand(new BenchCommand());
        return cli;
    }

    /** The bench's version as the reports it times print it. */
    static String versionText() {
        String version = Bench.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
