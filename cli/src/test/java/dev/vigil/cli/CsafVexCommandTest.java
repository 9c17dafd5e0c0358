package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil csaf vex}: a release's scan as a CSAF VEX document, with VEX decisions applied. */
class CsafVexCommandTest {
    @TempDir
    Path dir;

    Path store;

    @BeforeEach
    void importLog4jRecord() {
        store = dir.resolve("store");
        CommandRun run = CommandRun.of(
                "advisories",
                "import",
                AssessVulnerabilitiesTest.ADVISORIES
                        .resolve("osv/GHSA-jfh8-c2jp-5v3q.json")
                        .toString(),
                "--store",
                store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anUnanalysedFindingIsKnownAffectedWithAnActionStatementAndTheDocumentValidates() throws IOException {
        Path out = dir.resolve("vex.json");
        CommandRun run = CommandRun.of(
                "csaf",
                "vex",
                "--model",
                AssessVulnerabilitiesTest.MODEL.toString(),
                "--release",
                "1.0.0",
                "--store",
                store.toString(),
                "--date",
                "2026-11-24",
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.at("/document/category").asText()).isEqualTo("csaf_vex");
        assertThat(doc.at("/vulnerabilities/0/cve").asText()).isEqualTo("CVE-2021-44228");
        assertThat(doc.at("/vulnerabilities/0/product_status/known_affected")).hasSize(1);
        assertThat(doc.at("/vulnerabilities/0/remediations/0/details").asText()).startsWith("Not analysed yet");
        assertThat(CommandRun.of("csaf", "validate", out.toString()).exitCode()).isZero();
    }

    @Test
    void aNotAffectedDecisionBecomesAFlagWithItsJustification() throws IOException {
        Path decisions = Files.writeString(
                dir.resolve("decisions.openvex.json"),
                """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1",
                 "author": "Example", "timestamp": "2026-11-01T00:00:00Z", "version": 1,
                 "statements": [{"vulnerability": {"name": "CVE-2021-44228"},
                   "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
                   "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
                """);
        Path out = dir.resolve("vex.json");
        CommandRun run = CommandRun.of(
                "csaf",
                "vex",
                "--model",
                AssessVulnerabilitiesTest.MODEL.toString(),
                "--release",
                "1.0.0",
                "--store",
                store.toString(),
                "--vex",
                decisions.toString(),
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.at("/vulnerabilities/0/product_status/known_not_affected"))
                .hasSize(1);
        assertThat(doc.at("/vulnerabilities/0/flags/0/label").asText())
                .isEqualTo("vulnerable_code_not_in_execute_path");
        assertThat(CommandRun.of("csaf", "validate", out.toString()).exitCode()).isZero();
    }
}
