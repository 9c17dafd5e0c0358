package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class BenchAdvisoriesCommandTest {

    @Test
    void importsGeneratedRecordsAndLooksThemUp() {
        BenchRun run = BenchRun.of("bench", "advisories", "--records", "2000", "--lookups", "500", "--rounds", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("generated 2000 OSV records")
                .contains("import: 2000 records")
                .containsPattern("lookup round 1: 500 components, [1-9]\\d* with candidates")
                .containsPattern("lookup round 2: 500 components, [1-9]\\d* with candidates")
                .contains("peak heap");
    }

    @Test
    void lookupOnlyNeedsAStore() {
        BenchRun run = BenchRun.of("bench", "advisories", "--lookup-only");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--lookup-only needs an existing --store");
    }
}
