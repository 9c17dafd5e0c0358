package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linear bench's parts, not its figures: timing is the bench's job (`vigil bench linear`). */
class BenchLinearCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyReaderReadsAllOfItsGeneratedInputAtBothSizes() throws Exception {
        assertThat(BenchLinearCommand.all()).hasSizeGreaterThan(30);
        for (LinearCase c : BenchLinearCommand.all()) {
            for (int n : new int[] {20, 200}) {
                Path caseDir = Files.createTempDirectory(dir, "case-");
                Prepared input = c.preparer().prepare(caseDir, n);
                assertThat(input.reading().read()).as(c.name() + " at " + n).isGreaterThanOrEqualTo(input.expected());
                assertThat(input.bytes()).as(c.name()).isPositive();
            }
        }
    }

    @Test
    void theInputsGrowWithTheSize() throws Exception {
        for (LinearCase c : BenchLinearCommand.all()) {
            long small = c.preparer()
                    .prepare(Files.createTempDirectory(dir, "s-"), 20)
                    .bytes();
            long large = c.preparer()
                    .prepare(Files.createTempDirectory(dir, "l-"), 200)
                    .bytes();
            assertThat(large).as(c.name()).isGreaterThan(small * 5);
        }
    }

    @Test
    void aSmallRunPrintsOneRowPerReaderAndItsVerdict() {
        BenchRun run = BenchRun.of(
                "bench", "linear", "--size", "20", "--rounds", "1", "--warmup", "1", "--only", "one long|EPSS|PyPI");
        // Exit 1 would be a ratio above the limit: a figure, not checked here.
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.POLICY_FAILED);
        assertThat(run.out())
                .contains("n = 20 and 200")
                .containsPattern("SPDX tag-value, one long multi-line <text> +\\d+ +[\\d.]+ +\\d+ +[\\d.]+ +[\\d.]+x")
                .containsPattern("EPSS CSV +\\d+ ")
                .containsPattern("version PyPI, long release +\\d+ .* compared")
                .contains("4 readers, ")
                .doesNotContain("FAIL: ");
    }

    @Test
    void aFilterThatMatchesNothingIsBadInput() {
        BenchRun run = BenchRun.of("bench", "linear", "--only", "no such reader");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("matches no reader");
    }
}
