package dev.vigil.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The outcome of one bench-jar invocation in a test: exit code, standard output and error. */
record BenchRun(int exitCode, String out, String err) {

    static BenchRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Bench.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new BenchRun(code, out.toString(), err.toString());
    }
}
