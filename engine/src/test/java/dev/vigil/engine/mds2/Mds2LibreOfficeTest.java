package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook hospitals receive opens in an office suite other than the library that wrote it:
 * LibreOffice converts it to PDF without error, and the PDF shows the form's question ids and answers.
 * Skipped, saying so, where LibreOffice is not installed (`.ci/run` installs it).
 */
class Mds2LibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheWorkbookAndShowsEveryQuestionIdWithItsAnswer() throws Exception {
        assumeTrue(libreOfficeAvailable(), () -> {
            System.out.println("Mds2LibreOfficeTest: skipped, no `libreoffice` on PATH"
                    + " (apt-get install libreoffice-calc-nogui)");
            return "libreoffice not installed";
        });
        Mds2Disclosure disclosure = Mds2Disclosure.of(Mds2Models.load(Mds2Models.GLUCOFLOW), LocalDate.of(2026, 12, 4));
        Path xlsx = dir.resolve("glucoflow-mds2.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Mds2Workbook.write(disclosure, out);
        }
        // A profile of its own, so a LibreOffice already running for the user is not asked to do it.
        Process office = new ProcessBuilder(
                        "libreoffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(office.getInputStream().readAllBytes());
        assertThat(office.waitFor(180, TimeUnit.SECONDS))
                .as("libreoffice finished")
                .isTrue();
        assertThat(office.exitValue()).as(log).isZero();
        Path pdf = dir.resolve("glucoflow-mds2.pdf");
        assertThat(pdf).as(log).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(text).contains("Question ID", "Answer", "Model facts", "GlucoFlow");
            List<String> lines = text.lines().map(String::strip).toList();
            for (Mds2Disclosure.Row row : disclosure.rows()) {
                String id = row.question().id();
                // The id starts its row's first line, and the answer sits on that line (the page is as wide
                // as the sheet): the converted form still pairs each question with its answer.
                assertThat(lines)
                        .as("a line starting with " + id + " and holding its answer '"
                                + row.answer().value().text() + "'")
                        .anyMatch(l -> l.startsWith(id + " ")
                                && l.contains(" " + row.answer().value().text()));
            }
        }
    }

    private static boolean libreOfficeAvailable() {
        try {
            Process p = new ProcessBuilder("libreoffice", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
