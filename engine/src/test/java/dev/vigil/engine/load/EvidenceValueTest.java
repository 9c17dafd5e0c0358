package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lifecycle evidence value is a date only when it is written as one; other text is a reference. */
class EvidenceValueTest {

    private static LoadResult load(String evidence) {
        String model =
                """
                vigil: 1
                system: {id: sys, name: Sys, kind: product}
                zones: []
                components: []
                data: []
                flows: []
                lifecycle:
                  development: {securityTesting: "%s"}
                """
                        .formatted(evidence);
        return new ModelLoader()
                .load(
                        Path.of("model.yaml"),
                        model,
                        SourceResolver.inMemory(Map.of("model.yaml", model.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPathThatStartsWithADateIsAReferenceNotABadDate() {
        LoadResult result = load("2025-03-01-pentest.pdf");
        assertThat(result.errors()).extracting(Diagnostic::toString).isEmpty();
        assertThat(result.orThrow().lifecycle().find(Lifecycle.Phase.DEVELOPMENT, "securityTesting"))
                .contains(new Evidence.Reference("2025-03-01-pentest.pdf"));
    }

    @Test
    void textThatStartsWithADateIsAReference() {
        LoadResult result = load("2025-03-01 review minutes, see QMS");
        assertThat(result.errors()).extracting(Diagnostic::toString).isEmpty();
    }

    @Test
    void aDateIsADateAndAnImpossibleDateIsStillRefused() {
        assertThat(load("2025-03-01").orThrow().lifecycle().find(Lifecycle.Phase.DEVELOPMENT, "securityTesting"))
                .contains(new Evidence.Dated(LocalDate.of(2025, 3, 1)));
        assertThat(load("2025-02-30").errors()).extracting(Diagnostic::code).containsExactly("bad-date");
    }
}
