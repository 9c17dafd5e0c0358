package dev.vigil.cli;

/** Entry point of the {@code vigil} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        run(VigilCommand.commandLine(), args);
    }

    /**
     * Runs {@code cli} on {@code args} and exits with its code. Public for the bench module, whose jar adds
     * {@code bench} to {@link VigilCommand#commandLine()}: its commands then keep vigil's exit codes, error
     * lines and checked standard output without the CLI jar carrying benchmark code.
     */
    public static void run(picocli.CommandLine cli, String... args) {
        cli.setOut(standardOutput());
        System.exit(VigilCommand.execute(cli, args));
    }

    /**
     * Standard output as a writer that records write errors: picocli's default writes through {@code
     * System.out}, whose own error flag a PrintWriter above it never sees.
     */
    private static java.io.PrintWriter standardOutput() {
        String encoding = System.getProperty("sun.stdout.encoding");
        java.nio.charset.Charset charset = encoding == null
                ? java.nio.charset.Charset.defaultCharset()
                : java.nio.charset.Charset.forName(encoding);
        return new java.io.PrintWriter(
                new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                        new java.io.FileOutputStream(java.io.FileDescriptor.out), charset)),
                true);
    }
}
