package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code vigil bench linear} reads every input it generates (each is a valid document, so a reader that
 * refuses one fails the run with exit 2 or 3) and prints one row per reader. Its timing verdict (exit 0 or 1)
 * depends on the machine and is not asserted here (DEVELOPING.md: measurements are benchmarks).
 */
class BenchLinearCommandTest {

    @Test
    void everyReaderReadsBothSizesAndIsListed() {
        CommandRun run = CommandRun.of("bench", "linear");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.POLICY_FAILED);
        assertThat(run.out())
                .contains("SPDX tag-value, lines of one <text> value")
                .contains("SBOM, bytes of leading white space")
                .contains("CycloneDX JSON, schema-validated components")
                .contains("model YAML")
                .contains("version PyPI")
                .contains("version Go");
        assertThat(run.out().lines().filter(l -> l.matches(".*\\s\\d+\\.\\d$"))).hasSize(11);
    }

    @Test
    void aScaleBelowOneIsBadInput() {
        assertThat(CommandRun.of("bench", "linear", "--scale", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
