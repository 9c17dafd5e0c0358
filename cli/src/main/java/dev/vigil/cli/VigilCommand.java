package dev.vigil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code vigil} command; every subcommand is listed here once. */
@Command(
        name = "vigil",
        mixinStandardHelpOptions = true,
        versionProvider = VigilCommand.Version.class,
        description = "Medical device cybersecurity across the total product lifecycle.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            SchemaCommand.class,
            AssessCommand.class,
            CvssCommand.class,
            VersionCommand.class,
            CatalogCommand.class,
            SbomCommand.class,
            AdvisoriesCommand.class,
            ComplianceCommand.class,
            VexCommand.class,
            DiagramsCommand.class,
            ScanCommand.class,
            BenchCommand.class,
        })
public final class VigilCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Builds the command line with Vigil's exit codes and one-line error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VigilCommand());
        cli.setExecutionExceptionHandler(VigilCommand::oneLineError);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("vigil: " + ex.getMessage());
            err.println("Try 'vigil help " + ex.getCommandLine().getCommandName() + "' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    /** Bad input ends with one line and exit 2, never a stack trace (DEVELOPERS.md, standards). */
    private static int oneLineError(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (!(ex instanceof BadInputException)) {
            message = "internal error: " + message;
        }
        cli.getErr().println("vigil: " + message.lines().findFirst().orElse(""));
        cli.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Vigil's version as reports print it. */
    static String versionText() {
        String version = VigilCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vigil " + versionText()};
        }
    }
}
