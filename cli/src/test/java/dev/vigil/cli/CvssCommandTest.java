package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvssCommandTest {

    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V30_TEMPORAL = "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R";
    private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    @TempDir
    Path dir;

    @Test
    void printsVectorScoreAndSeverityPerArgumentInOrder() {
        CommandRun run = CommandRun.of("cvss", V31, V30_TEMPORAL, V40);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(V31 + "\t9.8\tCritical", V30_TEMPORAL + "\t8.2\tHigh", V40 + "\t9.3\tCritical");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void invalidVectorPrintsItsReasonAndTheRestIsStillScoredThenExitsTwo() {
        CommandRun run = CommandRun.of("cvss", "CVSS:3.1/AV:N/AC:Q/PR:N/UI:N/S:U/C:H/I:H/A:H", V31);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out().lines())
                .containsExactly(
                        "CVSS:3.1/AV:N/AC:Q/PR:N/UI:N/S:U/C:H/I:H/A:H\terror\tunknown value Q for metric AC (allowed: L, H)",
                        V31 + "\t9.8\tCritical");
        assertThat(run.err()).isEqualTo("vigil: 1 of 2 vectors invalid" + System.lineSeparator());
    }

    @Test
    void fileSkipsBlankLinesAndCommentsAndScoresTheRest() throws Exception {
        Path file = dir.resolve("vectors.txt");
        Files.writeString(
                file, "# scanner export\n\n" + V31 + "\n   \n  " + V40 + "  \r\n# end\n", StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("cvss", "--file", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(V31 + "\t9.8\tCritical", V40 + "\t9.3\tCritical");
    }

    @Test
    void fileWithAnInvalidLineReportsItInPlaceAndExitsTwoAfterAllLines() throws Exception {
        Path file = dir.resolve("vectors.txt");
        Files.writeString(file, V31 + "\nCVSS:3.1/AV:N/AV:N\n" + V40 + "\n", StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("cvss", "--file", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out().lines())
                .containsExactly(
                        V31 + "\t9.8\tCritical",
                        "CVSS:3.1/AV:N/AV:N\terror\tduplicate metric AV",
                        V40 + "\t9.3\tCritical");
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        Path missing = dir.resolve("nope.txt");

        CommandRun run = CommandRun.of("cvss", "--file", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: cannot read " + missing + ": no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directoryGivenAsFileIsOneLineAndExitTwo() {
        CommandRun run = CommandRun.of("cvss", "--file", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: cannot read " + dir + ": is a directory" + System.lineSeparator());
    }

    @Test
    void fileThatIsNotUtf8IsOneLineAndExitTwo() throws Exception {
        Path binary = dir.resolve("vectors.bin");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});

        CommandRun run = CommandRun.of("cvss", "--file", binary.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: cannot read " + binary + ": not UTF-8 text" + System.lineSeparator());
    }

    @Test
    void noVectorAndNoFileIsBadUsage() {
        CommandRun run = CommandRun.of("cvss");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: give at least one VECTOR or --file FILE" + System.lineSeparator());
    }

    @Test
    void topLevelHelpListsTheCommand() {
        assertThat(CommandRun.of("help").out()).contains("cvss");
    }
}
