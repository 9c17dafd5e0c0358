package dev.vigil.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning a system model: each component's SBOM, with its place in the system behind the priority. */
class ModelScanTest {
    private static final String LOG4J_SBOM =
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
             "components": [{"type": "library", "bom-ref": "log4j", "name": "log4j-core",
               "group": "org.apache.logging.log4j", "version": "2.14.1",
               "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}
            """;

    @TempDir
    Path temp;

    private SystemModel model() throws IOException {
        Files.createDirectories(temp.resolve("sboms"));
        Files.writeString(temp.resolve("sboms/pump.json"), LOG4J_SBOM);
        Files.writeString(temp.resolve("sboms/archive.json"), LOG4J_SBOM);
        Path file = temp.resolve("system.yaml");
        Files.writeString(
                file,
                """
                vigil: 1
                system:
                  id: sys
                  name: Pump system
                  kind: product
                  essentialFunctions:
                    - {id: ef-dose, name: Deliver insulin, hazards: [hz-overdose]}
                hazards:
                  - {id: hz-overdose, name: Overdose, harm: hypoglycaemia, severity: catastrophic}
                zones:
                  - {id: cloud, type: cloud, trust: low}
                  - {id: vault, type: secure-room, trust: high}
                components:
                  - {id: pump, kind: device, zone: cloud, functions: [therapy-delivery],
                     essentialFunctions: [ef-dose], sbom: sboms/pump.json, safety: {multiPatient: true}}
                  - {id: portal, kind: web-app, zone: cloud}
                  - {id: archive, kind: file-store, zone: vault, sbom: sboms/archive.json}
                data:
                  - {id: dose, category: therapy-command, confidentiality: 2, integrity: 5, availability: 4}
                flows:
                  - {id: f1, from: portal, to: pump, data: [dose], network: internet}
                """);
        LoadResult loaded = new ModelLoader().load(file);
        assertThat(loaded.diagnostics()).as("test model loads").isEmpty();
        return loaded.orThrow();
    }

    @Test
    void aReachableVulnerabilityInTheTherapyPathOutranksTheSameOneInAnUnreachableComponent() throws IOException {
        SystemModel model = model();
        ScanResult result;
        try (AdvisoryStore store = ScanFixtures.store(temp.resolve("store"))) {
            result = Scan.of(store).scanModel(model);
        }
        List<VulnerabilityFinding> log4shell = result.findings().stream()
                .filter(f -> f.id().equals("CVE-2021-44228"))
                .toList();
        assertThat(log4shell).hasSize(2);
        VulnerabilityFinding first = log4shell.get(0);
        VulnerabilityFinding second = log4shell.get(1);
        assertThat(first.context())
                .hasValueSatisfying(c -> assertThat(c.componentId()).isEqualTo("pump"));
        assertThat(second.context()).hasValueSatisfying(c -> {
            assertThat(c.componentId()).isEqualTo("archive");
            assertThat(c.reachable()).isFalse();
        });
        assertThat(first.priority().score()).isGreaterThan(second.priority().score());
        assertThat(first.priority().factors())
                .anyMatch(f -> f.contains("internet"))
                .anyMatch(f -> f.contains("catastrophic"))
                .anyMatch(f -> f.contains("multi-patient"));
        assertThat(first.sbom()).hasValue(temp.resolve("sboms/pump.json"));
        assertThat(result.sboms()).hasSize(2);
    }
}
