package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil assess} with an advisory store: the component SBOMs' vulnerabilities join the report. */
class AssessVulnerabilitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path MODEL = Path.of("src/test/resources/assess-vulns/model.yaml");
    static final Path ADVISORIES = Path.of("../engine/src/test/resources/advisory");

    @TempDir
    Path dir;

    Path store;

    @BeforeEach
    void importLog4jRecordAndKev() {
        store = dir.resolve("store");
        CommandRun run = CommandRun.of(
                "advisories",
                "import",
                ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json").toString(),
                ADVISORIES.resolve("kev").toString(),
                "--store",
                store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private CommandRun assess(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(
                new String[] {"assess", MODEL.toString(), "--store", store.toString(), "--date", "2026-11-24"},
                0,
                args,
                0,
                6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CommandRun.of(args);
    }

    @Test
    void reportJsonAndHtmlListLog4ShellInTheServiceSbom() throws IOException {
        Path out = dir.resolve("report");
        CommandRun run = assess("--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Vulnerabilities: 1 in ")
                .contains(" of 1 SBOMs")
                .contains("1 known exploited");

        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        JsonNode v = report.path("vulnerabilities").get(0);
        assertThat(v.path("id").asText()).isEqualTo("CVE-2021-44228");
        assertThat(v.path("component").asText()).isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        assertThat(v.path("modelComponent").asText()).isEqualTo("service");
        assertThat(v.path("kev").path("knownExploited").asBoolean()).isTrue();
        assertThat(v.path("priority").path("factors").toString()).contains("internet");
        assertThat(v.has("vexStatus")).isTrue();
        assertThat(report.path("vulnerabilities")).hasSize(1);
        assertThat(report.at("/vulnerabilitySummary/checked").asBoolean()).isTrue();
        assertThat(report.at("/vulnerabilitySummary/scan/knownExploited").asInt())
                .isEqualTo(1);

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html)
                .contains("<h2 id=\"vulnerabilities\">Vulnerabilities</h2>")
                .contains("CVE-2021-44228")
                .contains("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    }

    @Test
    void vexSuppressesInTheReportAndEscapesStatementText() throws IOException {
        Path vex = Files.writeString(
                dir.resolve("vex.json"),
                """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/v", "author": "t",
                 "timestamp": "2024-01-10T00:00:00Z", "version": 1,
                 "statements": [{"vulnerability": {"name": "CVE-2021-44228"},
                   "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
                   "status": "not_affected", "impact_statement": "<script>alert(1)</script>"}]}
                """);
        CommandRun json = assess("--vex", vex.toString(), "--format", "json", "--fail-on-vulnerability", "kev");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.path("vulnerabilities")).isEmpty();
        assertThat(report.at("/suppressedVulnerabilities/0/vexStatus/status").asText())
                .isEqualTo("not_affected");
        assertThat(report.at("/vulnerabilitySummary/scan/suppressed").asInt()).isEqualTo(1);

        String html = assess("--vex", vex.toString(), "--format", "html").out();
        assertThat(html)
                .contains("Suppressed by VEX")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void failOnVulnerabilityGatesOnReportedVulnerabilities() {
        assertThat(assess("--fail-on-vulnerability", "kev").exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(assess("--fail-on-vulnerability", "critical").exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(assess("--fail-on-vulnerability", "severe").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aStoreGivenButMissingIsAnErrorNotASkip() {
        CommandRun missing = CommandRun.of(
                "assess", MODEL.toString(), "--store", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("no advisory store at").hasLineCount(1);
    }

    @Test
    void withoutAStoreTheReportSaysVulnerabilitiesWereNotChecked() throws IOException {
        // The default store's place comes from the environment, which a test cannot set: this runs where
        // that store does not exist (a fresh machine, CI); VulnerabilityReportTest covers the engine side.
        Assumptions.assumeFalse(
                AdvisoryStore.exists(AdvisoryStore.defaultDirectory()), "a default advisory store exists here");
        Path out = dir.resolve("report");
        CommandRun run = CommandRun.of("assess", MODEL.toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no advisory store: vulnerabilities not checked (run vigil advisories import)");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.path("vulnerabilities").isNull()).isTrue();
        assertThat(report.at("/vulnerabilitySummary/checked").asBoolean()).isFalse();
        assertThat(report.at("/vulnerabilitySummary/reason").asText()).contains("no advisory store");
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("no advisory store: vulnerabilities not checked (run vigil advisories import)");
        // not checked is not a pass: the gate fails with the reason, unless unchecked parts are allowed
        CommandRun gated = CommandRun.of("assess", MODEL.toString(), "--fail-on-vulnerability", "low");
        assertThat(gated.exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(gated.err()).contains("vigil: gate failed: --fail-on-vulnerability: no advisory store");
        CommandRun allowed =
                CommandRun.of("assess", MODEL.toString(), "--fail-on-vulnerability", "low", "--allow-unchecked");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    }

    @Test
    void componentsRunningSoftwareWithoutAnSbomKeepTheGateFromPassingUnlessAllowed() throws IOException {
        Path model = Files.writeString(
                dir.resolve("model.yaml"),
                Files.readString(MODEL)
                        .replace(
                                "components:\n",
                                "components:\n  - {id: pump, kind: device, zone: cloud, owner: manufacturer,"
                                        + " software: {os: FreeRTOS 10.4}}\n"));
        Files.copy(MODEL.resolveSibling("service.cdx.json"), dir.resolve("service.cdx.json"));
        String[] base = {"assess", model.toString(), "--store", store.toString(), "--date", "2026-11-24"};

        CommandRun gated = CommandRun.of(concat(base, "--fail-on-vulnerability", "kev", "--vex", suppressLog4Shell()));
        assertThat(gated.exitCode()).as(gated.err()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(gated.err())
                .contains("vigil: gate failed: --fail-on-vulnerability: vulnerabilities partly not checked")
                .contains("pump");

        CommandRun allowed = CommandRun.of(
                concat(base, "--fail-on-vulnerability", "kev", "--vex", suppressLog4Shell(), "--allow-unchecked"));
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    }

    private String suppressLog4Shell() throws IOException {
        return Files.writeString(
                        dir.resolve("suppress.vex.json"),
                        """
                        {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/v", "author": "t",
                         "timestamp": "2024-01-10T00:00:00Z", "version": 1,
                         "statements": [{"vulnerability": {"name": "CVE-2021-44228"},
                           "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
                           "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}]}
                        """)
                .toString();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
