package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VigilCommandTest {

    @Test
    void versionPrintsTheProductName() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("vigil ");
    }

    @Test
    void unknownCommandIsBadUsageWithExitTwo() {
        CommandRun run = CommandRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("frobnicate").doesNotContain("Exception");
    }

    @Test
    void helpListsTheCommands() {
        CommandRun run = CommandRun.of("help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: vigil");
    }
}
