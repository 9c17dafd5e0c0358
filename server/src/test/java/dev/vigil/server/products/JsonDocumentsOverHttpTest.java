package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.compliance.ComplianceDocument;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.report.ReportDocument;
import dev.vigil.server.VigilServerTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's JSON documents are records so that the server can return them from its REST API as they are
 * (issue 9). Spring writes responses with its own mapper (Jackson 3); this test holds it to the engine's
 * {@link JsonDocuments}: the same field names, in the same order, with the same values and dates.
 */
@VigilServerTest
class JsonDocumentsOverHttpTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    @Autowired
    JsonMapper spring;

    @Test
    void springWritesTheEngineDocumentsAsTheCommandLineDoes() throws Exception {
        SystemModel model = new ModelLoader().load(glucoflow()).orThrow();
        AssessResult result = new Assessor()
                .assess(
                        model,
                        AssessOptions.on(LocalDate.of(2026, 11, 10))
                                .withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES));
        ReportDocument report =
                ReportDocument.of(result.assessment(), "test", result.compliance(), result.vulnerabilities());
        ComplianceDocument compliance =
                ComplianceDocument.of(result.compliance().orElseThrow(), true);

        for (Object document : new Object[] {report, compliance}) {
            // compact tree text keeps field order, so equal text means equal names, order and values
            String engine = TREE.readTree(JsonDocuments.write(document)).toString();
            String server = TREE.readTree(spring.writeValueAsString(document)).toString();
            assertThat(server).isEqualTo(engine);
        }
        assertThat(TREE.readTree(spring.writeValueAsString(report))
                        .path("summary")
                        .path("assessmentDate")
                        .asText())
                .isEqualTo("2026-11-10");
    }

    private static Path glucoflow() throws URISyntaxException {
        return Path.of(JsonDocumentsOverHttpTest.class
                .getResource("/glucoflow/glucoflow.yaml")
                .toURI());
    }
}
