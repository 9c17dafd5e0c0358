package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPortfolioCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallBenchRechecksFewerPairsThanTheFullRescanAndMissesNothing() {
        BenchRun run = BenchRun.of(
                "bench",
                "portfolio",
                "--store",
                dir.resolve("store").toString(),
                "--records",
                "3000",
                "--sboms",
                "20",
                "--components",
                "50",
                "--new-advisories",
                "60",
                "--packages",
                "20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("store: 3000 generated records imported")
                .contains("portfolio: 20 SBOMs, 1000 pairs")
                .contains("import: 60 new advisories")
                .contains("full re-scan: 1000 pairs")
                .contains("0 changes the re-check had missed")
                .contains("heap: ");
        assertThat(run.out()).containsPattern("re-check: [1-9][0-9]* pairs");
        assertThat(run.out()).doesNotContainPattern("re-check: 1000 pairs");
    }

    @Test
    void nonPositiveCountsAreBadInput() {
        BenchRun run = BenchRun.of("bench", "portfolio", "--store", dir.toString(), "--sboms", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("counts must be positive");
    }
}
