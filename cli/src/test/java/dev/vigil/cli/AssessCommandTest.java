package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessCommandTest {

    static final Path REFERENCE = ValidateCommandTest.REFERENCE;

    @TempDir
    Path dir;

    @Test
    void textGivesASummaryAndOneLinePerTopFinding() {
        CommandRun run = CommandRun.of("assess", REFERENCE.toString(), "--date", "2026-11-24");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("GlucoFlow insulin pump system (product 'glucoflow', version 2.4.0), assessed 2026-11-24")
                .contains("Findings: ")
                .contains("uncontrolled");
        assertThat(run.out().lines().filter(l -> l.contains("default-credentials@pump")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("high")
                        .contains("UNCONTROLLED")
                        .contains("open"));
    }

    @Test
    void jsonWithoutOutPrintsTheReport() throws IOException {
        CommandRun run = CommandRun.of("assess", REFERENCE.toString(), "--format", "json", "--date", "2026-11-24");
        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/system/id").asText()).isEqualTo("glucoflow");
        assertThat(report.at("/summary/assessmentDate").asText()).isEqualTo("2026-11-24");
        assertThat(report.get("findings").size()).isPositive();
    }

    @Test
    void outWritesBothReportsAndTheSameJsonEveryTime() throws IOException {
        Path out = dir.resolve("report");
        CommandRun first =
                CommandRun.of("assess", REFERENCE.toString(), "--out", out.toString(), "--date", "2026-11-24");
        String json = Files.readString(out.resolve("report.json"));
        CommandRun second =
                CommandRun.of("assess", REFERENCE.toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.out()).contains("wrote " + out.resolve("report.html"));
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(json);
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    }

    @ParameterizedTest(name = "--fail-on {0} on the reference model -> exit {1}")
    @CsvSource({"uncontrolled, 1", "critical, 1", "high, 1", "medium, 1"})
    void failOnGatesOnOpenFindings(String level, int exit) {
        CommandRun run = CommandRun.of("assess", REFERENCE.toString(), "--fail-on", level);
        assertThat(run.exitCode()).isEqualTo(exit);
    }

    @Test
    void decidedFindingsDoNotFailTheGate() throws IOException {
        CommandRun first = CommandRun.of("assess", REFERENCE.toString(), "--format", "json");
        StringBuilder tracking = new StringBuilder("tracking:\n");
        for (var finding : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(first.out())
                .get("findings")) {
            tracking.append("  - {finding: ").append(finding.get("id").asText()).append(", status: mitigated}\n");
        }
        tracking.append("  - {finding: gone@pump, status: mitigated}\n");
        Path model = Files.writeString(
                dir.resolve("tracked.yaml"), Files.readString(REFERENCE).replace("tracking: []", tracking));
        CommandRun run = CommandRun.of("assess", model.toString(), "--fail-on", "medium");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: tracking entry 'gone@pump' names no finding");
    }

    @Test
    void anInvalidModelPrintsDiagnosticsAndExitsTwo() throws IOException {
        Path model = Files.writeString(dir.resolve("bad.yaml"), "vigil: 1\nsystem: {id: x, kind: produkt}\n");
        CommandRun run = CommandRun.of(
                "assess", model.toString(), "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(model + ":2:");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aBadRiskMatrixExitsTwoWithItsLocation() throws IOException {
        Path matrix = Files.writeString(dir.resolve("m.yaml"), "matrix:\n  minor: [controlled]\n");
        CommandRun run = CommandRun.of("assess", REFERENCE.toString(), "--risk-matrix", matrix.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(matrix + ":2:10: ").contains("must be a list of 5 cells");
    }

    @Test
    void aManufacturersMatrixChangesTheVerdict() throws IOException {
        Path matrix = Files.writeString(
                dir.resolve("lenient.yaml"),
                """
                name: Lenient
                matrix:
                  negligible:   [controlled, controlled, controlled, controlled, controlled]
                  minor:        [controlled, controlled, controlled, controlled, controlled]
                  serious:      [controlled, controlled, controlled, controlled, controlled]
                  critical:     [controlled, controlled, controlled, controlled, controlled]
                  catastrophic: [controlled, controlled, controlled, controlled, controlled]
                """);
        CommandRun run = CommandRun.of(
                "assess", REFERENCE.toString(), "--risk-matrix", matrix.toString(), "--fail-on", "uncontrolled");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0 uncontrolled");
    }

    @Test
    void aBadDateIsOneLineAndExitTwo() {
        CommandRun run = CommandRun.of("assess", REFERENCE.toString(), "--date", "24.11.2026");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("vigil: --date must be a date as YYYY-MM-DD, not '24.11.2026'");
    }

    /** The well-secured example's pump SBOM states zephyr's support ending 2026-12-31 and mbedtls's 2027-03-31. */
    static final Path SECURE = Path.of("../examples/secure-infusion-pump.yaml");

    @Test
    void textWarnsOfSupportEndingWithinTheHorizonOfTheAssessmentDate() {
        CommandRun run = CommandRun.of("assess", SECURE.toString(), "--date", "2026-12-04");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Support: 0 ended, 2 end within 180 days of 2026-12-04")
                .contains("  ends-soon: Support of zephyr@3.7.0 in the SBOM of component 'pump' ends on 2026-12-31,"
                        + " in 27 days.")
                .contains("  ends-soon: Support of mbedtls@3.6.2 in the SBOM of component 'pump' ends on 2027-03-31,"
                        + " in 117 days.");
    }

    @Test
    void supportWarningsHonourTheDateAndTheConfiguredHorizonInReportJson() throws IOException {
        CommandRun shortHorizon = CommandRun.of(
                "assess",
                SECURE.toString(),
                "--date",
                "2026-12-04",
                "--support-warning-days",
                "30",
                "--format",
                "json");
        assertThat(shortHorizon.exitCode()).isZero();
        JsonNode support = new ObjectMapper().readTree(shortHorizon.out()).get("support");
        assertThat(support.get("warningDays").asInt()).isEqualTo(30);
        assertThat(support.get("warnings").size()).isEqualTo(1);
        assertThat(support.at("/warnings/0/subject").asText())
                .isEqualTo("zephyr@3.7.0 in the SBOM of component 'pump'");
        assertThat(support.at("/warnings/0/stage").asText()).isEqualTo("end-of-support");
        assertThat(support.at("/warnings/0/days").asInt()).isEqualTo(27);

        CommandRun later = CommandRun.of(
                "assess", SECURE.toString(), "--date", "2027-04-01", "--support-warning-days", "0", "--format", "json");
        JsonNode ended = new ObjectMapper().readTree(later.out()).get("support");
        assertThat(ended.get("ended").asInt()).isEqualTo(2);
        assertThat(ended.get("endingSoon").asInt()).isZero();
        assertThat(ended.at("/warnings/0/status").asText()).isEqualTo("ended");
        assertThat(ended.at("/warnings/0/text").asText()).contains("ended on 2026-12-31, 91 days before");
    }

    @Test
    void theHtmlReportHasASupportSection() throws IOException {
        Path out = dir.resolve("report");
        CommandRun run = CommandRun.of("assess", SECURE.toString(), "--date", "2026-12-04", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("<h2 id=\"support\">Support</h2>")
                .contains("Support of zephyr@3.7.0 in the SBOM of component &#39;pump&#39; ends on 2026-12-31");
        assertThat(new ObjectMapper()
                        .readTree(Files.readString(out.resolve("report.json")))
                        .at("/support/endingSoon")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aSupportHorizonOutsideZeroToTenYearsIsBadInput() {
        CommandRun run = CommandRun.of("assess", SECURE.toString(), "--support-warning-days", "-5");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("vigil: --support-warning-days must be 0 to 3650, not -5");
    }
}
