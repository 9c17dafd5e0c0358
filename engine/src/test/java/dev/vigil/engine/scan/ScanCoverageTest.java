package dev.vigil.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Honest scans (issue 10 item 5): what a scan could not judge is said, never read as "0 vulnerabilities". */
class ScanCoverageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path temp;

    @Test
    void aScanCountsIdentifiersAndNamesTheEcosystemsTheStoreHasNoDataFor() throws IOException {
        try (AdvisoryStore store = ScanFixtures.store(temp.resolve("store"))) {
            ScanResult result = Scan.of(store)
                    .on(DAY)
                    .scan(ScanFixtures.sbom(
                            ScanFixtures.purl(
                                    "log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"),
                            ScanFixtures.purl("serde", "1.0.0", "pkg:cargo/serde@1.0.0"),
                            ScanFixtures.product("Acme", "pump-firmware", "1.0")));
            ScanCoverage coverage = result.coverage();
            assertThat(coverage.components()).isEqualTo(3);
            assertThat(coverage.withIdentifiers()).isEqualTo(2);
            assertThat(coverage.ecosystems()).containsKeys("Maven", "crates.io");
            assertThat(coverage.ecosystemsWithoutData()).containsExactly("crates.io");
            assertThat(coverage.notChecked()).isEmpty();
            assertThat(coverage.describe())
                    .anySatisfy(l -> assertThat(l).contains("2 of 3 components had a purl or CPE"))
                    .anySatisfy(l -> assertThat(l).contains("no advisories for crates.io"));
        }
    }

    @Test
    void eachSourceOfTheStoreCarriesItsNewestRecordAndAge() throws IOException {
        try (AdvisoryStore store = ScanFixtures.store(temp.resolve("store"))) {
            ScanCoverage coverage = Scan.of(store)
                    .on(DAY)
                    .scan(ScanFixtures.sbom(ScanFixtures.purl("x", "1", "pkg:pypi/x@1")))
                    .coverage();
            assertThat(coverage.sources()).containsKey("OSV");
            assertThat(coverage.sources().get("OSV")).isPresent();
            LocalDate newest = coverage.sources().get("OSV").orElseThrow();
            assertThat(coverage.ageInDays("OSV")).contains(java.time.temporal.ChronoUnit.DAYS.between(newest, DAY));
            assertThat(String.join(
                            "\n",
                            JsonDocuments.tree(ScanDocument.Coverage.of(coverage))
                                    .toString()))
                    .contains("\"ecosystemsWithoutData\"", "\"ageDays\"", "\"status\":\"checked\"");
        }
    }

    @Test
    void aModelWhoseComponentsNameNoSbomIsNotChecked() throws IOException {
        Path file = temp.resolve("system.yaml");
        Files.writeString(
                file,
                """
                vigil: 1
                system: {id: sys, name: Pump system, kind: product}
                zones: [{id: home, type: home-network, trust: low}]
                components:
                  - {id: pump, kind: device, zone: home, software: {os: Zephyr}}
                  - {id: cable, kind: device, zone: home}
                data: []
                flows: []
                """);
        LoadResult loaded = new ModelLoader().load(file);
        SystemModel model = loaded.orThrow();
        try (AdvisoryStore store = ScanFixtures.store(temp.resolve("store"))) {
            ScanResult result = Scan.of(store).on(DAY).scanModel(model);
            assertThat(result.findings()).isEmpty();
            assertThat(result.coverage().unchecked()).containsExactly("pump");
            assertThat(result.coverage().notChecked())
                    .hasValueSatisfying(
                            r -> assertThat(r).startsWith("not checked").contains("pump"));
            assertThat(JsonDocuments.tree(ScanDocument.Coverage.of(result.coverage()))
                            .get("status")
                            .asText())
                    .isEqualTo("not-checked");
        }
    }
}
