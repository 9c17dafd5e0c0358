package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an upload hands to its render job gives the same report.html as assessing the stored release again
 * (the job's way when the upload ran on another instance), and the report.json the upload stores is the
 * one the engine writes.
 */
class ReportHandOverTest {

    @Test
    void theHandedOverAssessmentRendersTheSameReportAsAssessingAgain() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "handover-");
        ModelAssessment engine = new ModelAssessment(dir.resolve("no-advisories"));
        Map<String, String> files = Map.of(
                "glucoflow.yaml",
                ReleaseApiTest.modelOf("glucoflow"),
                "sboms/pump.cdx.json",
                new String(ReleaseApiTest.resource("sboms/pump.cdx.json")));
        LocalDate date = LocalDate.of(2026, 12, 4);

        ModelAssessment.Assessed assessed = engine.assess("glucoflow.yaml", files, date);

        String handedOver = engine.reportHtml(assessed.result());
        assertThat(handedOver).contains("<svg").isEqualTo(engine.reportHtml("glucoflow.yaml", files, date));
        assertThat(assessed.reportJson())
                .isEqualTo(ReportJson.render(
                        assessed.result().assessment(),
                        ModelAssessment.VERSION,
                        assessed.result().compliance(),
                        assessed.result().vulnerabilities()));
    }
}
