package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoriesCommandTest {

    @TempDir
    Path dir;

    private Path osv(String name, String id) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                """
                {"id":"%s","modified":"2024-01-01T00:00:00Z","aliases":["CVE-2099-1"],
                 "affected":[{"package":{"ecosystem":"npm","name":"left-pad"},
                   "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}]}]}
                """
                        .formatted(id));
    }

    @Test
    void importPrintsTheSummaryAndReimportCountsUnchanged() throws IOException {
        Path file = osv("a.json", "GHSA-aaaa-bbbb-cccc");
        Path store = dir.resolve("store");
        CommandRun first = CommandRun.of("advisories", "import", file.toString(), "--store", store.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("read 1 records: 1 imported, 0 replaced, 0 unchanged, 0 skipped");
        CommandRun again = CommandRun.of("advisories", "import", file.toString(), "--store", store.toString());
        assertThat(again.out()).contains("read 1 records: 0 imported, 0 replaced, 1 unchanged, 0 skipped");
    }

    @Test
    void malformedRecordIsListedWithItsFileAndTheRestImports() throws IOException {
        osv("good.json", "GHSA-aaaa-bbbb-cccc");
        Files.writeString(dir.resolve("bad.json"), "{\"id\":\"GHSA-x\",\"modified\":\"never\"}");
        Path store = dir.resolve("store");
        CommandRun run = CommandRun.of("advisories", "import", dir.toString(), "--store", store.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("1 imported")
                .contains("1 skipped: malformed record")
                .contains("bad.json: GHSA-x: 'modified' is not a timestamp: never");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void nothingImportableIsBadInputWithExitTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "[1, 2");
        CommandRun run = CommandRun.of(
                "advisories",
                "import",
                bad.toString(),
                "--store",
                dir.resolve("store").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("bad.json: not valid JSON");
        assertThat(run.err()).startsWith("vigil: nothing could be imported").doesNotContain("Exception");
    }

    @Test
    void missingPathIsBadInput() {
        CommandRun run = CommandRun.of(
                "advisories",
                "import",
                dir.resolve("nope").toString(),
                "--store",
                dir.resolve("s").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    void statsPrintsCountsAsTextAndJson() throws IOException {
        Path store = dir.resolve("store");
        CommandRun.of(
                "advisories", "import", osv("a.json", "GHSA-aaaa-bbbb-cccc").toString(), "--store", store.toString());
        CommandRun text = CommandRun.of("advisories", "stats", "--store", store.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).containsPattern("OSV\\s+1").containsPattern("npm\\s+1");
        CommandRun json = CommandRun.of("advisories", "stats", "--store", store.toString(), "--format", "json");
        assertThat(json.out())
                .contains("\"bySource\" : {")
                .contains("\"OSV\" : 1")
                .contains("\"npm\" : 1");
    }

    @Test
    void statsWithoutAStoreSaysSo() {
        CommandRun run = CommandRun.of(
                "advisories", "stats", "--store", dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no advisory store at");
    }
}
