package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An upload's SBOM, held only in the database, is scanned against the advisory store: the vulnerability
 * counts equal the reference matcher's for the shared benchmark SBOM, and nothing is written to disk.
 * Runs on the public data in ../shared/data (skipped, with a message, without it).
 */
class ModelAssessmentScanTest {

    static final Path SHARED = Path.of("..", "..", "shared", "data");

    @Test
    void theSbomOfAnUploadIsScannedFromMemoryWithoutATemporaryCopy() throws Exception {
        Path osv = SHARED.resolve("osv-bulk/PyPI");
        Path sbom = SHARED.resolve("bench-sboms/pypi-synthetic-100.json");
        if (!Files.isDirectory(osv) || !Files.isRegularFile(sbom)) {
            String reason = "no " + osv + " or " + sbom + ": skipping the server's SBOM scan test";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "scan-");
        AdvisoryStore.importFrom(dir.resolve("advisories"), List.of(osv));
        ModelAssessment engine = new ModelAssessment(dir.resolve("advisories"));
        String model = ReleaseApiTest.modelOf("glucoflow");

        ModelAssessment.Assessed assessed = engine.assess(
                "glucoflow.yaml",
                Map.of("glucoflow.yaml", model, "sboms/pump.cdx.json", Files.readString(sbom)),
                LocalDate.of(2026, 12, 4));

        JsonNode summary = new ObjectMapper().readTree(assessed.reportJson()).get("vulnerabilitySummary");
        assertThat(summary.get("checked").asBoolean()).isTrue();
        assertThat(summary.get("scan").get("vulnerabilities").asInt())
                .as("the reference matcher's count (bench-sboms/README.md)")
                .isEqualTo(173);
        try (var left = Files.list(dir)) {
            assertThat(left).as("only the advisory store is on disk").containsExactly(dir.resolve("advisories"));
        }
    }
}
