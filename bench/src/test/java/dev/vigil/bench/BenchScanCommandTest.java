package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchScanCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallScanBenchGeneratesItsStoreAndSbomAndPrintsThePhases() {
        Path sbom = dir.resolve("bench.cdx.json");
        BenchRun run = BenchRun.of(
                "bench",
                "scan",
                "--store",
                dir.resolve("store").toString(),
                "--sbom",
                sbom.toString(),
                "--records",
                "2000",
                "--components",
                "300",
                "--named",
                "0.5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("store: 2000 generated records imported")
                .containsPattern("scan: 300 components, [1-9][0-9]* findings; read \\d+ ms, match\\+rank \\d+ ms")
                .contains("end to end: time vigil scan " + sbom);
        assertThat(sbom).isRegularFile();
        // The generated SBOM is one that vigil itself reads.
        BenchRun components = BenchRun.of("sbom", "components", sbom.toString());
        assertThat(components.exitCode()).as(components.err()).isZero();
        assertThat(Files.exists(dir.resolve("store"))).isTrue();
    }

    @Test
    void aNonPositiveComponentCountIsBadInput() {
        BenchRun run = BenchRun.of(
                "bench", "scan", "--store", dir.resolve("s").toString(), "--sbom", "x.json", "--components", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--components must be positive");
    }
}
