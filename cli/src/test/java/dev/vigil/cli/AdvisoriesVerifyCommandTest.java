package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisories verify} and {@code stats} name a damaged store in one line with exit 2. */
class AdvisoriesVerifyCommandTest {
    @TempDir
    Path dir;

    private Path importOne() throws IOException {
        Path record = Files.writeString(
                dir.resolve("a.json"),
                """
                {"id":"PYSEC-2001","modified":"2024-01-01T00:00:00Z",
                 "affected":[{"package":{"ecosystem":"PyPI","name":"demo"},
                   "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}]}]}
                """);
        Path store = dir.resolve("store");
        assertThat(CommandRun.of("advisories", "import", record.toString(), "--store", store.toString())
                        .exitCode())
                .isZero();
        return store;
    }

    @Test
    void anIntactStoreVerifies() throws IOException {
        Path store = importOne();
        CommandRun run = CommandRun.of("advisories", "verify", "--store", store.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("verified: index, 1 records");
    }

    @Test
    void aFlippedIndexByteFailsVerifyAndStatsWithOneLine() throws IOException {
        Path store = importOne();
        Path index = store.resolve("index.bin");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length - 10] ^= 0x20;
        Files.write(index, bytes);
        for (String command : new String[] {"verify", "stats"}) {
            CommandRun run = CommandRun.of("advisories", command, "--store", store.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().lines())
                    .as(command)
                    .singleElement()
                    .asString()
                    .contains("advisory store damaged")
                    .endsWith("re-import or restore");
        }
    }
}
