package dev.vigil.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model and its SBOMs held in memory scan to the same components and findings as the same files on disk. */
class ModelScanFromMemoryTest {
    private static final String CDX_JSON =
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
             "components": [{"type": "library", "bom-ref": "log4j", "name": "log4j-core",
               "group": "org.apache.logging.log4j", "version": "2.14.1",
               "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}
            """;
    private static final String MODEL =
            """
            vigil: 1
            system: {id: sys, name: System, kind: product}
            zones:
              - {id: z, type: cloud, trust: low}
            components:
              - {id: app, kind: service, zone: z, sbom: sboms/app.cdx.json}
              - {id: pump, kind: device, zone: z, sbom: sboms/pump.cdx.xml}
              - {id: gw, kind: service, zone: z, sbom: sboms/gw.spdx}
            data: []
            flows: []
            """;

    @TempDir
    Path temp;

    private Map<String, byte[]> files() throws Exception {
        Path fixtures = Path.of("src/test/resources/sbom");
        return Map.of(
                "model.yaml", MODEL.getBytes(StandardCharsets.UTF_8),
                "sboms/app.cdx.json", CDX_JSON.getBytes(StandardCharsets.UTF_8),
                "sboms/pump.cdx.xml", Files.readAllBytes(fixtures.resolve("infusion-pump-1.6.cdx.xml")),
                "sboms/gw.spdx", Files.readAllBytes(fixtures.resolve("infusion-pump-2.3.spdx")));
    }

    @Test
    void aModelInMemoryScansToTheSameComponentsAndFindingsAsOnDisk() throws Exception {
        Map<String, byte[]> files = files();
        Path dir = temp.resolve("model");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        SourceResolver memory = SourceResolver.inMemory(files);
        LoadResult loadedInMemory = new ModelLoader().load(Path.of("model.yaml"), MODEL, memory);
        LoadResult loadedOnDisk = new ModelLoader().load(dir.resolve("model.yaml"));
        assertThat(loadedInMemory.errors()).isEmpty();
        assertThat(loadedOnDisk.errors()).isEmpty();
        SystemModel inMemoryModel = loadedInMemory.orThrow();
        SystemModel onDiskModel = loadedOnDisk.orThrow();

        ScanResult inMemory;
        ScanResult onDisk;
        try (AdvisoryStore store = ScanFixtures.store(temp.resolve("store"))) {
            inMemory = Scan.of(store).scanModel(inMemoryModel, memory);
            onDisk = Scan.of(store).scanModel(onDiskModel);
        }

        assertThat(inMemory.sboms()).hasSize(3);
        assertThat(inMemory.sboms())
                .extracting(s -> s.modelComponent() + " " + s.components() + " " + s.warnings())
                .containsExactlyElementsOf(onDisk.sboms().stream()
                        .map(s -> s.modelComponent() + " " + s.components() + " " + s.warnings())
                        .toList());
        assertThat(inMemory.findings()).anyMatch(f -> f.id().equals("CVE-2021-44228"));
        assertThat(inMemory.findings())
                .extracting(VulnerabilityFinding::id)
                .containsExactlyElementsOf(
                        onDisk.findings().stream().map(VulnerabilityFinding::id).toList());
        // Findings name the SBOM as the model states it, not a temporary copy.
        assertThat(inMemory.findings())
                .filteredOn(f -> f.id().equals("CVE-2021-44228"))
                .extracting(f -> f.sbom().orElseThrow())
                .contains(Path.of("sboms/app.cdx.json"))
                .allMatch(p -> p.startsWith("sboms"));
    }
}
