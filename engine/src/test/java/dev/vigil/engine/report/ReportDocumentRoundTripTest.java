package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stores report.json and returns its parts as the engine's records: reading the text back must
 * give records that write the same text, with compliance and with vulnerabilities found.
 */
class ReportDocumentRoundTripTest {
    private static final Path ADVISORIES = Path.of("src/test/resources/advisory");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private static SystemModel load(Path file) {
        LoadResult loaded = new ModelLoader().load(file);
        assertThat(loaded.errors()).isEmpty();
        return loaded.orThrow();
    }

    private static void assertRoundTrip(AssessResult result) {
        String written = JsonDocuments.write(
                ReportDocument.of(result.assessment(), "test", result.compliance(), result.vulnerabilities()));
        ReportDocument read = JsonDocuments.read(written, ReportDocument.class);
        assertThat(JsonDocuments.write(read)).isEqualTo(written);
    }

    @Test
    void aReportWithComplianceReadsBackToTheSameText() {
        SystemModel model = load(Path.of("src/test/resources/models/reference-model.yaml"));
        assertRoundTrip(new Assessor()
                .assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES)));
    }

    @Test
    void aReportWithVulnerabilitiesFoundReadsBackToTheSameText() throws IOException {
        Path store = dir.resolve("store");
        AdvisoryStore.importFrom(
                store, List.of(ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json"), ADVISORIES.resolve("kev")));
        Files.writeString(
                dir.resolve("app.cdx.json"),
                """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  {"type": "library", "bom-ref": "a", "name": "log4j-core", "version": "2.14.1",
                   "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}
                """);
        Path file = Files.writeString(
                dir.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: z, type: cloud, trust: medium}
                components:
                  - {id: app, kind: service, zone: z, sbom: app.cdx.json}
                data: []
                flows: []
                """);
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            AssessResult result = new Assessor()
                    .assess(
                            load(file),
                            AssessOptions.on(DAY)
                                    .withStore(Optional.of(opened))
                                    .withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES));
            assertThat(result.vulnerabilities()).isInstanceOf(VulnerabilityCheck.Checked.class);
            assertRoundTrip(result);
        }
    }

    @Test
    void textThatIsNoReportIsRefusedAndAFieldFromAnotherVersionIsIgnored() {
        assertThatThrownBy(() -> JsonDocuments.read("[1, 2]", ReportDocument.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReportDocument");
        assertThat(JsonDocuments.read("{\"findings\": [], \"retired\": 1}", ReportDocument.class)
                        .findings())
                .isEmpty();
    }
}
