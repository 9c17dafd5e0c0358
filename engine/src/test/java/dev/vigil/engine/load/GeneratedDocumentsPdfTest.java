package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.documents.IdPlacement;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FDA documents of a few generated product models (long ids, unicode, empty and absent lists)
 * written as PDF and read back section by section: every id where {@link IdPlacement} says it belongs.
 * {@code GeneratedModelsTest} checks the same on the documents' content for every generated model; this
 * adds what the PDF renderer does to it (wrapping, fonts), for a bounded number of models.
 */
class GeneratedDocumentsPdfTest {

    private static final long FIRST_SEED = 20_261_204L;

    private static final int MODELS = 3;

    @Test
    void everyIdIsInEachSectionOfTheFdaPdfsWhereItBelongs(@TempDir Path dir) throws IOException {
        List<String> misplaced = new ArrayList<>();
        int checked = 0;
        for (long seed = FIRST_SEED; checked < MODELS && seed < FIRST_SEED + 50; seed++) {
            GeneratedModels generated = GeneratedModels.make(seed, new HashMap<>());
            SourceResolver sources = SourceResolver.inMemory(generated.files());
            LoadResult loaded = new ModelLoader().load(Path.of(generated.root()), sources);
            assertThat(loaded.isValid()).as("seed " + seed).isTrue();
            SystemModel model = loaded.orThrow();
            if (model.system().kind() != SystemInfo.Kind.PRODUCT) {
                continue;
            }
            checked++;
            LocalDate date = LocalDate.of(2026, 12, 4);
            AssessResult result = new Assessor()
                    .assess(model, AssessOptions.on(date).withSources(sources).withOutputs(Output.COMPLIANCE));
            List<GeneratedDocument> documents =
                    Documents.make(result, DocumentOptions.on(date), List.of("fda"), sources);
            Path out = Files.createDirectories(dir.resolve(String.valueOf(seed)));
            List<Path> files = Documents.write(documents, Documents.Format.PDF, out, "vigil test");
            Map<String, Map<String, String>> sections = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                sections.put(
                        documents.get(i).control().documentId(), IdPlacement.pdfText(files.get(i), documents.get(i)));
            }
            long s = seed;
            IdPlacement.missing(
                            model,
                            result.assessment().findings(),
                            documents,
                            d -> sections.get(d.control().documentId()))
                    .forEach(m -> misplaced.add("seed " + s + ": " + m));
        }
        assertThat(checked).as("generated product models").isEqualTo(MODELS);
        assertThat(misplaced).isEmpty();
    }
}
