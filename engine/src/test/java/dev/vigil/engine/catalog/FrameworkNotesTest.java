package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every framework has a note in docs/frameworks naming the edition the catalog encodes and the date
 * its citations were checked, and nothing unverified is left without a reason (issue 10). The note's
 * edition must equal the framework's {@code version}, so the two cannot drift apart.
 */
class FrameworkNotesTest {
    private static final Path NOTES = Path.of("..", "docs", "frameworks");
    private final Catalog catalog = Catalog.load();

    @Test
    void everyFrameworkHasANoteNamingTheEncodedEditionAndTheCheckDate() throws IOException {
        for (Framework framework : catalog.frameworks()) {
            Path note = NOTES.resolve(framework.id() + ".md");
            assertThat(note).as("note for framework %s", framework.id()).isRegularFile();
            List<String> lines = Files.readAllLines(note);
            assertThat(lines)
                    .as("%s names the edition the catalog encodes", note)
                    .contains("- Edition encoded: " + framework.version());
            String checked = lines.stream()
                    .filter(l -> l.startsWith("- Checked: "))
                    .map(l -> l.substring("- Checked: ".length()))
                    .findFirst()
                    .orElse("");
            assertThat(checked).as("%s names the date it was checked", note).isNotBlank();
            assertThat(isIsoDate(checked))
                    .as("%s check date '%s' is yyyy-mm-dd", note, checked)
                    .isTrue();
            assertThat(lines)
                    .as("%s says what stays unverified", note)
                    .contains("## Sources consulted", "## What stays unverified and why");
        }
    }

    @Test
    void noNoteIsLeftForAFrameworkTheCatalogNoLongerHas() throws IOException {
        List<String> ids = catalog.frameworks().stream().map(Framework::id).toList();
        try (var files = Files.list(NOTES)) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                            .map(n -> n.substring(0, n.length() - 3)))
                    .allSatisfy(id ->
                            assertThat(ids).as("framework for note %s.md", id).contains(id));
        }
    }

    @Test
    void everyUnverifiedFrameworkAndRequirementSaysWhatWasNotChecked() {
        assertThat(catalog.frameworks().stream().filter(f -> !f.verified()))
                .allSatisfy(f -> assertThat(f.note()).as(f.id()).isNotBlank());
        assertThat(catalog.requirements().stream().filter(r -> !r.verified()))
                .allSatisfy(r -> assertThat(r.note()).as(r.id()).isNotBlank());
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
