package dev.vigil.cli;

import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code vigil} command; every subcommand is listed here once. */
@Command(
        name = "vigil",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil validate examples/glucoflow.yaml",
            "  vigil assess examples/glucoflow.yaml --out report",
            "  vigil help advisories import"
        },
        mixinStandardHelpOptions = true,
        versionProvider = VigilCommand.Version.class,
        description = "Medical device cybersecurity across the total product lifecycle.",
        subcommands = {
            HelpCommand.class,
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
            Mds2Command.class,
            DocumentsCommand.class,
            CaseCommand.class,
            CsafCommand.class,
        })
public final class VigilCommand implements Runnable {

    static final String DEBUG = "--debug";

    @Spec
    CommandSpec spec;

    @Option(
            names = DEBUG,
            scope = ScopeType.INHERIT,
            description = "On an internal error (exit code 3), print the stack trace.")
    boolean debug;

    @Option(
            names = "--allow-outside-paths",
            scope = ScopeType.INHERIT,
            description = "Let a model's include:, sbom: and other paths leave the model's folder "
                    + "(they are refused by default, so a model cannot make Vigil read other files).")
    void allowOutsidePaths(boolean allow) {
        ModelArgument.allowOutsidePaths(allow);
    }

    /** Builds the command line with Vigil's exit codes and one-line error handling. */
    public static CommandLine commandLine() {
        ModelArgument.allowOutsidePaths(false);
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

    /**
     * Runs {@code args} on {@code cli} with the last line of defence: whatever escapes a command, even an
     * {@link Error} such as {@link OutOfMemoryError}, ends in one line and exit code 3, never a trace unless
     * {@code --debug} asks for it.
     */
    static int execute(CommandLine cli, String... args) {
        PrintWriter out = cli.getOut();
        cli.setOut(new PrintWriter(new TerminalWriter(out), true));
        cli.setErr(new PrintWriter(new TerminalWriter(cli.getErr()), true));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e, cli.getErr(), List.of(args).contains(DEBUG));
        } catch (Throwable t) { // NOPMD: the one place that must catch everything
            OutOfMemoryError heap = outOfMemoryIn(t);
            return heap != null
                    ? outOfMemory(heap, cli.getErr(), List.of(args).contains(DEBUG))
                    : internalError(t, cli.getErr(), List.of(args).contains(DEBUG));
        }
        return checkedOutput(cli, out, code);
    }

    /**
     * The {@link OutOfMemoryError} behind {@code t}, or null: work run in parallel (a stream, a future)
     * hands it back wrapped, as the cause of a {@code CompletionException}, and it is still the heap.
     */
    static OutOfMemoryError outOfMemoryIn(Throwable t) {
        Throwable cause = t;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError heap) {
                return heap;
            }
        }
        return null;
    }

    /**
     * The heap is a bound like a file size limit (docs/limits.md): an input that needs more than it is too
     * large for this run, which the user can change, so it is bad input (exit 2), not a fault of Vigil.
     */
    static int outOfMemory(OutOfMemoryError e, PrintWriter err, boolean debug) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        err.println("vigil: out of memory: the input needs more than this run's " + mib
                + " MiB Java heap (see docs/limits.md; raise it with VIGIL_JAVA_OPTS=-Xmx2g)");
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /**
     * A write to standard output that failed (a full disk, a closed pipe) must not end in success: the
     * output is incomplete, so the run is a failure with one line, exit 2. PrintWriter and PrintStream
     * swallow write errors and only remember them; this asks (Main gives picocli a writer straight over
     * the file descriptor, so the error reaches it).
     */
    static int checkedOutput(CommandLine cli, PrintWriter underlying, int code) {
        PrintWriter out = cli.getOut();
        out.flush();
        if (!out.checkError() && !underlying.checkError()) {
            return code;
        }
        PrintWriter err = cli.getErr();
        err.println(
                "vigil: cannot write the output (disk full, or the reading end of a pipe closed); it is incomplete");
        err.flush();
        return code == ExitCodes.INTERNAL_ERROR ? code : ExitCodes.BAD_INPUT;
    }

    /** Bad input ends with one line per problem and exit 2, never a stack trace (DEVELOPING.md). */
    private static int oneLineError(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof InputException input) {
            // Messages quote inputs; a control character in one must not drive the terminal.
            if (input.diagnostics().isEmpty()) {
                input.lines().forEach(line -> err.println("vigil: " + TerminalText.escape(line)));
            } else {
                input.lines().forEach(line -> err.println(TerminalText.escape(line)));
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        OutOfMemoryError heap = outOfMemoryIn(ex);
        return heap != null ? outOfMemory(heap, err, debug(parsed)) : internalError(ex, err, debug(parsed));
    }

    /** A fault of Vigil: one short line saying how to see more, the trace only with --debug; exit 3. */
    static int internalError(Throwable t, PrintWriter err, boolean debug) {
        String what = t.getMessage() == null || t.getMessage().isBlank()
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": "
                        + TerminalText.quote(t.getMessage().lines().findFirst().orElse(""));
        err.println("vigil: internal error: " + what + (debug ? "" : " (run again with --debug for the trace)"));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
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
