package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchAssessCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallBenchReportsEveryStage() {
        BenchRun run = BenchRun.of("bench", "assess", "--components", "40", "--flows", "150", "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("model: 40 components, 150 flows, seed 7")
                .contains("load ", "rules ", "scoring ", "report ", "total ", "heap ");
    }

    @Test
    void theGeneratedModelIsValidAndTheSameForTheSameSeed() throws IOException {
        String first = BenchModel.yaml(60, 300, 3);
        assertThat(BenchModel.yaml(60, 300, 3)).isEqualTo(first);
        assertThat(BenchModel.yaml(60, 300, 4)).isNotEqualTo(first);
        Path file = Files.writeString(dir.resolve("bench.yaml"), first);
        BenchRun run = BenchRun.of("validate", file.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("60 components").contains("300 flows");
    }

    @Test
    void fewerThanTwoComponentsIsBadInput() {
        BenchRun run = BenchRun.of("bench", "assess", "--components", "1", "--flows", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--components must be at least 2");
    }
}
