package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionCompareCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheSignOfTheComparison() {
        assertThat(CommandRun.of("version", "compare", "Maven", "1.0-rc1", "1.0")
                        .out())
                .isEqualTo("-1\n");
        assertThat(CommandRun.of("version", "compare", "Debian", "1:1.0", "2.0").out())
                .isEqualTo("1\n");
        CommandRun same = CommandRun.of("version", "compare", "PyPI", "1.0.0", "1");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEqualTo("0\n");
    }

    @Test
    void ecosystemNamesAreAcceptedInAnyCase() {
        assertThat(CommandRun.of("version", "compare", "red hat", "1.0~rc1", "1.0")
                        .out())
                .isEqualTo("-1\n");
        assertThat(CommandRun.of("version", "compare", "SEMVER", "v1.2.3", "1.2.3")
                        .out())
                .isEqualTo("0\n");
    }

    @Test
    void versSchemeNamesAreAcceptedToo() {
        assertThat(CommandRun.of("version", "compare", "deb", "1.0~rc1", "1.0").out())
                .isEqualTo("-1\n");
    }

    @Test
    void unknownEcosystemIsOneLineListingTheValidNames() {
        CommandRun run = CommandRun.of("version", "compare", "Cobol", "1", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("vigil: unknown ecosystem 'Cobol'; valid names: Maven, npm, PyPI, Go")
                .contains("Red Hat", "Alpine", "SemVer");
    }

    @Test
    void unparsableVersionIsOneLineWithTheReason() {
        CommandRun run = CommandRun.of("version", "compare", "npm", "1.0", "2.0.0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("vigil: not a valid npm version: '1.0' (expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])\n");
    }

    @Test
    void wrongNumberOfArgumentsIsBadUsage() {
        CommandRun run = CommandRun.of("version", "compare", "npm", "1.0.0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("vigil: expected ECOSYSTEM A B (or --file F), got 2 argument(s)");
    }

    @Test
    void fileOutputStaysLineAlignedAndFailuresExitTwoAtTheEnd() throws Exception {
        Path tsv = tmp.resolve("in.tsv");
        Files.writeString(
                tsv,
                String.join(
                        "\n",
                        "# comparisons to check",
                        "Maven\t1.0\t1.0.0",
                        "",
                        "npm\tnot-a-version\t1.0.0",
                        "Cobol\t1\t2",
                        "only-one-field",
                        "PyPI\t2.0\t1.0",
                        "   ",
                        "Go\tv1.2.3\tv1.10.0\textra column ignored",
                        ""),
                StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("version", "compare", "--file", tsv.toString());
        assertThat(run.out().lines())
                .containsExactly(
                        "0",
                        "error\tline 4: not a valid npm version: 'not-a-version' (expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])",
                        "error\tline 5: unknown ecosystem 'Cobol'",
                        "error\tline 6: expected ecosystem<TAB>a<TAB>b",
                        "1",
                        "-1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: 3 of 6 comparisons in " + tsv + " failed\n");
    }

    @Test
    void aCleanFileExitsZero() throws Exception {
        Path tsv = tmp.resolve("ok.tsv");
        Files.writeString(tsv, "Alpine\t1.2_rc1\t1.2\nRubyGems\t1.0.a\t1.0\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("version", "compare", "--file", tsv.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("-1\n-1\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFileIsOneLine() {
        CommandRun run = CommandRun.of(
                "version", "compare", "--file", tmp.resolve("nope.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("vigil: cannot read ").doesNotContain("Exception");
    }

    @Test
    void fileAndPositionalArgumentsTogetherAreBadUsage() throws Exception {
        Path tsv = tmp.resolve("x.tsv");
        Files.writeString(tsv, "", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("version", "compare", "--file", tsv.toString(), "npm", "1.0.0", "1.0.0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("vigil: give either --file F or ECOSYSTEM A B, not both\n");
    }

    @Test
    void helpOptionDescribesTheFileFormat() {
        CommandRun run = CommandRun.of("version", "compare", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: vigil version compare", "--file=F", "error<TAB>reason");
    }

    @Test
    void versionWithoutSubcommandPrintsUsage() {
        CommandRun run = CommandRun.of("version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: vigil version", "compare");
    }
}
