package dev.vigil.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.csaf.CsafPublication;
import dev.vigil.engine.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil csaf vex} as one engine call: scan, statements, CSAF document, validation. */
class ReleaseCsafVexTest {
    private static final Path ADVISORIES = Path.of("src/test/resources/advisory");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void store() throws IOException {
        store = dir.resolve("store");
        AdvisoryStore.importFrom(
                store, List.of(ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json"), ADVISORIES.resolve("kev")));
        Files.writeString(
                dir.resolve("app.cdx.json"),
                """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  {"type": "library", "bom-ref": "a", "name": "log4j-core", "version": "2.14.1",
                   "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}
                """);
    }

    private SystemModel model(String version) throws IOException {
        Path file = Files.writeString(
                dir.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: sys, name: System, kind: product%s}
                zones:
                  - {id: z, type: cloud, trust: medium}
                components:
                  - {id: app, kind: service, zone: z, sbom: app.cdx.json}
                data: []
                flows: []
                """
                        .formatted(version == null ? "" : ", version: '" + version + "'"));
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.errors()).isEmpty();
        return result.orThrow();
    }

    private static ReleaseCsafVex.Request request(Optional<String> release) {
        return new ReleaseCsafVex.Request(release, "https://example.com", DAY, "vigil test", "test");
    }

    @Test
    void theReleaseVexIsAValidCsafDocumentNamingTheVulnerabilityFound() throws IOException {
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            CsafPublication published = new ReleaseCsafVex()
                    .publish(
                            model("2.3.0"),
                            AssessOptions.on(DAY).withStore(Optional.of(opened)),
                            request(Optional.empty()));
            assertThat(published.problems()).isEmpty();
            assertThat(published.trackingId()).isEqualTo("sys-2.3.0-vex");
            assertThat(published.document().at("/document/category").asText()).isEqualTo("csaf_vex");
            assertThat(published.document().at("/vulnerabilities/0/cve").asText())
                    .isEqualTo("CVE-2021-44228");
            assertThat(published.document().at("/document/tracking/id").asText())
                    .isEqualTo("sys-2.3.0-vex");
        }
    }

    @Test
    void aReleaseWithoutVersionOrWithoutStoreIsAnInputError() throws IOException {
        SystemModel unversioned = model(null);
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            AssessOptions options = AssessOptions.on(DAY).withStore(Optional.of(opened));
            assertThatThrownBy(() -> new ReleaseCsafVex().publish(unversioned, options, request(Optional.empty())))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("--release");
            assertThat(new ReleaseCsafVex()
                            .publish(unversioned, options, request(Optional.of("9.9")))
                            .trackingId())
                    .isEqualTo("sys-9.9-vex");
        }
        assertThatThrownBy(() ->
                        new ReleaseCsafVex().publish(unversioned, AssessOptions.on(DAY), request(Optional.of("1"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("advisories import");
    }
}
