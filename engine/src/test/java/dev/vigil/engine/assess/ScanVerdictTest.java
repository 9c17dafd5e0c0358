package dev.vigil.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.scan.VulnerabilityGate;
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

/**
 * The scan use cases ({@code vigil scan SBOM|MODEL}) decide their gate in the engine: a finding reaching it
 * fails, and so does what was not checked unless unchecked parts are allowed. The command only renders.
 */
class ScanVerdictTest {
    private static final Path ADVISORIES = Path.of("src/test/resources/advisory");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private Path store;
    private Path sbom;

    @BeforeEach
    void storeAndSbom() throws IOException {
        store = dir.resolve("store");
        AdvisoryStore.importFrom(
                store, List.of(ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json"), ADVISORIES.resolve("kev")));
        sbom = Files.writeString(
                dir.resolve("app.cdx.json"),
                """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  {"type": "library", "bom-ref": "a", "name": "log4j-core", "version": "2.14.1",
                   "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}
                """);
    }

    /** A model whose one component runs software: with {@code sbom} it is checked, without it is not. */
    private SystemModel model(boolean withSbom) throws IOException {
        Path file = Files.writeString(
                dir.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: z, type: cloud, trust: medium}
                components:
                  - {id: app, kind: service, zone: z, software: {os: Linux}%s}
                data: []
                flows: []
                """
                        .formatted(withSbom ? ", sbom: app.cdx.json" : ""));
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.errors()).isEmpty();
        return result.orThrow();
    }

    private static AssessOptions gated(String level, AdvisoryStore opened) {
        return AssessOptions.on(DAY)
                .withStore(Optional.of(opened))
                .withVulnerabilityGate(Optional.of(VulnerabilityGate.parse(level)));
    }

    @Test
    void aFindingReachingTheGateFailsItForAnSbomAndForAModel() throws IOException {
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            Assessor.ScanVerdict ofSbom = new Assessor().scanSbom(sbom, gated("kev", opened));
            assertThat(ofSbom.result().findings()).isNotEmpty();
            assertThat(ofSbom.gateFailure())
                    .hasValueSatisfying(why -> assertThat(why).contains("reaches the gate"));

            Assessor.ScanVerdict ofModel = new Assessor().scanModel(model(true), gated("kev", opened));
            assertThat(ofModel.gateFailed()).isTrue();

            Assessor.ScanVerdict ungated =
                    new Assessor().scanModel(model(true), AssessOptions.on(DAY).withStore(Optional.of(opened)));
            assertThat(ungated.gateFailed()).isFalse();
        }
    }

    @Test
    void whatWasNotCheckedFailsTheGateUnlessUncheckedPartsAreAllowed() throws IOException {
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            Assessor.ScanVerdict strict = new Assessor().scanModel(model(false), gated("critical", opened));
            assertThat(strict.result().findings()).isEmpty();
            assertThat(strict.gateFailure())
                    .hasValueSatisfying(why -> assertThat(why).contains("not checked", "--allow-unchecked"));

            Assessor.ScanVerdict allowed = new Assessor()
                    .scanModel(model(false), gated("critical", opened).withUncheckedAllowed(true));
            assertThat(allowed.gateFailed()).isFalse();
        }
    }

    @Test
    void aModelScanWithoutAStoreOrWithAnEmptyStoreIsAnInputError() throws IOException {
        assertThatThrownBy(() -> new Assessor().scanModel(model(true), AssessOptions.on(DAY)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("advisories import");
        Path empty = dir.resolve("empty");
        AdvisoryStore.importFrom(empty, List.of());
        try (AdvisoryStore opened = AdvisoryStore.open(empty)) {
            assertThatThrownBy(() -> new Assessor()
                            .scanModel(model(true), AssessOptions.on(DAY).withStore(Optional.of(opened))))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("holds no advisories");
        }
    }
}
