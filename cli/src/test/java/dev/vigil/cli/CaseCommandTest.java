package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
    static final Path MODEL = ValidateCommandTest.REFERENCE;
    static final Path CASE = Path.of("../engine/src/test/resources/postmarket/reference-case.yaml");
    static final Path PACEMAKER_CASE = Path.of("../examples/cases/pacemaker-monitor-firmware.yaml");
    static final Path PACEMAKER = Path.of("../examples/pacemaker-system.yaml");

    @TempDir
    Path dir;

    @Test
    void checkPrintsTheDecisionAndTheFdaClocksAsJson() throws IOException {
        CommandRun run = CommandRun.of(
                "case",
                "check",
                CASE.toString(),
                "--model",
                MODEL.toString(),
                "--date",
                "2026-11-10",
                "--format",
                "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("decision").asText()).isEqualTo("uncontrolled");
        assertThat(json.get("clocks").findValuesAsText("due")).contains("2026-12-02", "2027-01-01");
        assertThat(json.at("/vulnerabilities/0/factors/0/reason").asText()).isNotBlank();
    }

    @Test
    void anOverdueClockFailsTheGateWithExitOne() {
        CommandRun run = CommandRun.of(
                "case", "check", PACEMAKER_CASE.toString(), "--model", PACEMAKER.toString(), "--date", "2027-01-10");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(run.out()).contains("OVERDUE hc-incident-10:").contains("Decision: uncontrolled");
    }

    @Test
    void aBadCaseExitsTwoWithItsLocation() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad.yaml"), "vigil-case: 1\nid: x\nproduct: glucoflow\naware: 2026-13-45\n");
        CommandRun run = CommandRun.of("case", "check", bad.toString(), "--model", MODEL.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(bad + ":4:8: 'aware' must be a date");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadDateOptionExitsTwo() {
        CommandRun run =
                CommandRun.of("case", "check", CASE.toString(), "--model", MODEL.toString(), "--date", "tomorrow");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--date must be a date");
    }

    @Test
    void rulesListEveryClockWithItsCitation() {
        CommandRun run = CommandRun.of("case", "rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("fda-uncontrolled-communicate")
                .contains("806.10(b)")
                .contains("Article 87(5)");
    }

    @Test
    void theLetterHasThePartsTheGuidanceAsksFor() throws IOException {
        Path out = dir.resolve("letter.md");
        CommandRun run = CommandRun.of(
                "case",
                "letter",
                CASE.toString(),
                "--model",
                MODEL.toString(),
                "--date",
                "2026-11-20",
                "--out",
                out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out))
                .contains("### Impact on patients")
                .contains("interim compensating controls")
                .contains("### Remediation plan")
                .contains("by 2027-01-01")
                .contains("## How to get help")
                .contains("psirt@example.com");
    }

    @Test
    void theAdvisoryIsWrittenUnderItsCsafFileNameAndValidates() {
        CommandRun run = CommandRun.of(
                "csaf",
                "advisory",
                CASE.toString(),
                "--model",
                MODEL.toString(),
                "--date",
                "2026-11-20",
                "--out",
                dir.toString());
        assertThat(run.exitCode()).isZero();
        Path written = dir.resolve("case-2026-001.json");
        assertThat(written).exists();
        CommandRun validate = CommandRun.of("csaf", "validate", written.toString());
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains(": valid");
    }

    @Test
    void theCommittedExampleAdvisoriesAreValid() {
        CommandRun run = CommandRun.of(
                "csaf",
                "validate",
                "../examples/cases/csaf/gf-2026-001.json",
                "../examples/cases/csaf/cs-2026-007.json");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anInvalidDocumentExitsOneWithItsJsonPointerAndNonJsonExitsTwo() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(
                Path.of("../examples/cases/csaf/gf-2026-001.json").toFile());
        ((ObjectNode) doc.get("document")).remove("title");
        Path broken = dir.resolve("broken.json");
        mapper.writeValue(broken.toFile(), doc);
        CommandRun run = CommandRun.of("csaf", "validate", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(run.out()).contains(broken + ": schema /document: ").contains("title");

        Path notJson = Files.writeString(dir.resolve("x.json"), "{\"document\": ");
        CommandRun bad = CommandRun.of("csaf", "validate", notJson.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).startsWith(notJson + ":1:");
    }
}
