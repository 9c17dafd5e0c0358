package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Output that cannot be written is a failure, inputs cannot drive the terminal, and big inputs stay bounded. */
class HostileOutputTest {
    private static final String VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    @TempDir
    Path dir;

    /** Like a full disk or a pipe whose reader has gone: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void aFailedWriteToStandardOutputExitsTwoWithOneLine() {
        CommandLine cli = VigilCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new FullDisk(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = VigilCommand.execute(cli, "cvss", VECTOR);
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("vigil: cannot write the output");
    }

    @Test
    void aWorkingStandardOutputKeepsTheCommandsExitCode() {
        CommandLine cli = VigilCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(VigilCommand.execute(cli, "cvss", VECTOR)).isZero();
        assertThat(out.toString()).contains("9.8");
    }

    @Test
    void aCvssFileWithoutLineBreaksIsRefusedAtTheLineLimit() throws IOException {
        // /dev/zero in small: one endless line. Read whole it ran out of memory; now it stops at the limit.
        Path zeros = dir.resolve("zeros");
        try (RandomAccessFile file = new RandomAccessFile(zeros.toFile(), "rw")) {
            file.setLength(64L << 20);
        }
        CommandRun run = CommandRun.of("cvss", "--file", zeros.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .startsWith("vigil: " + zeros + ":1:1: line longer than")
                .doesNotContain("Exception");
    }

    @Test
    void controlCharactersFromInputsAreEscapedInOutputAndErrors() throws IOException {
        Path vectors = Files.writeString(dir.resolve("v.txt"), "CVSS:3.1/AV:\u001b[2J\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("cvss", "--file", vectors.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).doesNotContain("\u001b").contains("\\u001b[2J");
        CommandRun missing = CommandRun.of(
                "cvss", "--file", dir.resolve("evil\u001b[31m.txt").toString());
        assertThat(missing.err()).doesNotContain("\u001b").contains("evil\\u001b[31m.txt");
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwoNeverATrace() {
        StringWriter err = new StringWriter();
        int code = VigilCommand.outOfMemory(new OutOfMemoryError("Java heap space"), new PrintWriter(err, true), false);
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("vigil: out of memory: the input needs more than")
                .doesNotContain("at ");
    }

    @Test
    void aNonModelFileAModelIncludesIsNamedButNeverEchoed() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "SECRET_TOKEN=abc123\n");
        String model = Files.readString(ValidateCommandTest.REFERENCE)
                .replaceFirst("(?m)^vigil: 1$", "vigil: 1\ninclude: [notes.txt]");
        Path file = Files.writeString(dir.resolve("model.yaml"), model);
        CommandRun run = CommandRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out() + run.err())
                .contains(notes + ":1:1:")
                .doesNotContain("abc123")
                .doesNotContain("SECRET");
    }

    @Test
    void tableCellsFromInputsHaveTheirControlCharactersEscaped() {
        TextTable table = new TextTable("COMPONENT", "STATUS");
        table.row("evil\u001b]0;owned\u0007name", "affected");
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out, true));
        assertThat(out.toString())
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .contains("evil\\u001b]0;owned\\u0007name");
    }
}
