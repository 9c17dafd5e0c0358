package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code vigil documents [--since OLD]} as one engine call: the release assessed with what documents need,
 * the previous release assessed for the change summary, the documents made.
 */
class DocumentsUseCaseTest {
    private static final Path REFERENCE = Path.of("src/test/resources/models/reference-model.yaml");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static SystemModel reference() {
        LoadResult loaded = new ModelLoader().load(REFERENCE);
        assertThat(loaded.errors()).isEmpty();
        return loaded.orThrow();
    }

    private static List<String> firstSectionTitles(Documents.Made made) {
        return made.documents().get(0).sections().stream().map(Section::title).toList();
    }

    @Test
    void theUseCaseAssessesWithWhatDocumentsNeedAndSummarisesChangesOnlyWhenGivenThePreviousModel() {
        SystemModel model = reference();
        // Findings only: the use case adds compliance, vulnerabilities and diagrams itself.
        AssessOptions options = AssessOptions.on(DAY);

        Documents.Made alone =
                Documents.assessAndMake(model, Optional.empty(), options, DocumentOptions.on(DAY), List.of("fda"));
        assertThat(alone.result().compliance()).isPresent();
        assertThat(alone.result().diagrams()).isNotEmpty();
        assertThat(alone.documents()).isNotEmpty().allMatch(d -> d.setId().equals("fda"));
        assertThat(firstSectionTitles(alone)).doesNotContain("Changes since the previous release");

        Documents.Made since = Documents.assessAndMake(
                model,
                Optional.of(new Documents.Previous(reference(), SourceResolver.fileSystem())),
                options,
                DocumentOptions.on(DAY),
                List.of("fda"));
        assertThat(firstSectionTitles(since)).contains("Changes since the previous release");
        assertThat(since.documents()).hasSameSizeAs(alone.documents());
    }
}
