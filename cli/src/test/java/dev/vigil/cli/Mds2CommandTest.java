package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mds2CommandTest {

    static final Path GLUCOFLOW = Path.of("../examples/glucoflow.yaml");

    @TempDir
    Path dir;

    @Test
    void printsTheFormAsJsonWithEveryQuestionId() {
        CommandRun run = CommandRun.of("mds2", GLUCOFLOW.toString(), "--format", "json", "--date", "2026-12-04");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"id\" : \"DOC-1\"", "\"id\" : \"RMOT-3\"", "\"date\" : \"2026-12-04\"");
    }

    @Test
    void writesTheWorkbookAndSaysWhatItAnswered() throws IOException {
        Path file = dir.resolve("mds2.xlsx");
        CommandRun run = CommandRun.of("mds2", GLUCOFLOW.toString(), "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("wrote " + file)
                .contains("240 questions")
                .contains("not stated");
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            assertThat(book.getSheet("MDS2").getLastRowNum()).isGreaterThan(240);
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), "keep me");
        CommandRun run = CommandRun.of("mds2", GLUCOFLOW.toString(), "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aWorkbookOnStandardOutputIsRefused() {
        CommandRun run = CommandRun.of("mds2", GLUCOFLOW.toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--out");
    }
}
