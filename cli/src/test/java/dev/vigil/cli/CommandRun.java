package dev.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of one {@code vigil} invocation in a test: exit code, standard output and error. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VigilCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // as Main runs it: the last line of defence, checked and terminal-safe output
        int code = VigilCommand.execute(cli, args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
