package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.model.SystemModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every term the catalog may use can be evaluated: a term added to evidence.yaml without support
 * here fails this test instead of failing a user's run.
 */
class EvidenceVocabularyCoverageTest {

    private final Catalog catalog = Catalog.load();
    private final SystemModel model = Models.repositoryFile("examples/glucoflow.yaml");
    private final EvidenceCheck check = new EvidenceCheck(model, catalog, new OpenFindings(model, List.of()));

    @Test
    void everyModelPathOfTheVocabularyResolvesOnTheModel() {
        for (String path : catalog.evidenceVocabulary().terms("model").keySet()) {
            assertThatCode(() -> ModelPaths.resolve(model, path)).as(path).doesNotThrowAnyException();
        }
    }

    @Test
    void everyTestKindOfTheVocabularyIsAKindTheModelFormatDeclares() {
        for (String kind : catalog.evidenceVocabulary().terms("test").keySet()) {
            assertThat(dev.vigil.engine.model.WireValue.parse(dev.vigil.engine.model.SecurityTest.Kind.class, kind))
                    .as(kind)
                    .isPresent();
        }
    }

    @Test
    void everyLifecycleKeyOfTheVocabularyIsAKeyTheModelFormatAccepts(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        for (String key : catalog.evidenceVocabulary().terms("lifecycle").keySet()) {
            String[] parts = key.split("\\.");
            String value = parts.length == 3 ? "{" + parts[2] + ": true}" : "2026-01-01";
            if (parts.length == 3 && parts[2].equals("date")) {
                value = "{date: 2026-01-01}";
            }
            String yaml =
                    """
                    vigil: 1
                    system: {id: sys, name: System, kind: product}
                    zones: [{id: z, type: home-network, trust: low}]
                    components: [{id: dev, kind: device, zone: z}]
                    data: []
                    flows: []
                    lifecycle: {%s: {%s: %s}}
                    """
                            .formatted(parts[0], parts[1], key.endsWith("patchCadenceDays") ? "30" : value);
            java.nio.file.Path file = dir.resolve("model.yaml");
            java.nio.file.Files.writeString(file, yaml);
            assertThat(new dev.vigil.engine.load.ModelLoader().load(file).diagnostics())
                    .as("lifecycle.%s", key)
                    .isEmpty();
        }
    }

    @Test
    void everyViewAndSbomTermIsEvaluated() {
        for (String view : catalog.evidenceVocabulary().terms("view").keySet()) {
            assertThatCode(() -> check.check(new Evidence.View(view))).as(view).doesNotThrowAnyException();
        }
        for (String quality : catalog.evidenceVocabulary().terms("sbom").keySet()) {
            assertThat(check.check(new Evidence.Sbom(quality)).shortfall())
                    .as(quality)
                    .isNotEmpty();
        }
    }

    @Test
    void everyRequirementOfTheCatalogIsJudgedWithAReason() {
        ComplianceReport report = Compliance.evaluate(model, java.util.List.of(), ComplianceOptions.ALL);
        assertThat(report.rows()).hasSize(catalog.requirements().size());
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void pathsNameEachElementByIdOrRole() {
        assertThat(ModelPaths.resolve(model, "components[].accounts[].authentication"))
                .extracting(ModelPaths.Fact::label)
                .contains("components.pump.accounts[role=service].authentication");
        assertThat(ModelPaths.resolve(model, "components[].software.supportEnds"))
                .as("only components that declare software have the path")
                .hasSize(1);
    }
}
