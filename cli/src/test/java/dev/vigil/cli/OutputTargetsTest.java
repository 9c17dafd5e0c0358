package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every place a command writes to (issue 11, class 8). Standard output that fails (a full disk, a closed
 * pipe) fails every command that writes it, with one line and exit 2. A file output that is a device or a
 * named pipe ({@code --out /dev/stdout}) is written into and stays what it was: the temporary-sibling move
 * that makes file outputs atomic once replaced {@code /dev/full} itself with a regular file and exited 0.
 * A report folder that is a file is bad input, not an internal error.
 */
class OutputTargetsTest {
    private static final String MODEL = "../examples/glucoflow.yaml";
    private static final String CASE = "../examples/cases/glucoflow-ble-bolus.yaml";

    @TempDir
    Path dir;

    /** Every write fails, as on a full disk or a pipe whose reader has gone. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    static Stream<String> commandsWritingStandardOutput() {
        return Stream.of(
                "validate " + MODEL,
                "schema",
                "assess " + MODEL,
                "assess " + MODEL + " --format json",
                "compliance " + MODEL,
                "mds2 " + MODEL,
                "catalog frameworks",
                "cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                "version compare PyPI 1.0 2.0",
                "sbom components ../examples/sbom/secureflow-handheld.cdx.json",
                "sbom check ../examples/sbom/secureflow-handheld.cdx.json",
                "case rules",
                "case check " + CASE + " --model " + MODEL,
                "case letter " + CASE + " --model " + MODEL,
                "csaf advisory " + CASE + " --model " + MODEL,
                "csaf validate ../examples/cases/csaf/gf-2026-001.json",
                "help assess");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWritingStandardOutput")
    void aFailedStandardOutputFailsTheCommandWithOneLine(String command) {
        StringWriter ok = new StringWriter();
        CommandLine working = VigilCommand.commandLine();
        working.setOut(new PrintWriter(ok, true));
        working.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(VigilCommand.execute(working, command.split(" ")))
                .as("the command works when its output can be written")
                .isZero();
        assertThat(ok.toString()).isNotEmpty();
        CommandLine cli = VigilCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new FullDisk(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(VigilCommand.execute(cli, command.split(" "))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines().filter(l -> l.startsWith("vigil: cannot write the output")))
                .hasSize(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static Stream<String> commandsWritingAFile() {
        return Stream.of(
                "case letter " + CASE + " --model " + MODEL + " --out",
                "csaf advisory " + CASE + " --model " + MODEL + " --out",
                "mds2 " + MODEL + " --format json --force --out");
    }

    @ParameterizedTest(name = "{0} FIFO")
    @MethodSource("commandsWritingAFile")
    void aNamedPipeAsTheOutputFileIsWrittenIntoAndStaysAPipe(String command) throws Exception {
        Path fifo = dir.resolve("out.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(fifo.toString());
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(fifo))
                .as("the pipe was replaced by a regular file")
                .isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        String content = new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(content).isNotBlank();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out.pipe");
        }
    }

    @ParameterizedTest(name = "assess --out {0}")
    @MethodSource("notFolders")
    void aReportFolderThatIsNotAFolderIsBadInput(String what) throws Exception {
        Path target = what.equals("a file") ? Files.writeString(dir.resolve("report"), "x") : dir.resolve("f/x");
        if (what.equals("below a file")) {
            Files.writeString(dir.resolve("f"), "x");
        }
        CommandRun run = CommandRun.of("assess", MODEL, "--out", target.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("vigil: cannot write the report into");
    }

    static Stream<String> notFolders() {
        return Stream.of("a file", "below a file");
    }
}
