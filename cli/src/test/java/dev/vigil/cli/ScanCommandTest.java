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

class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path store;
    Path sbom;

    @BeforeEach
    void storeAndSbom() throws IOException {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(
                feeds.resolve("osv.json"),
                """
                {"id":"GHSA-aaaa-bbbb-cccc","modified":"2024-01-01T00:00:00Z","aliases":["CVE-2099-1"],
                 "summary":"left-pad drops characters",
                 "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N"}],
                 "affected":[{"package":{"ecosystem":"npm","name":"left-pad"},
                   "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}]}]}
                """);
        Files.writeString(
                feeds.resolve("kev.json"),
                """
                {"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2024.01.02",
                 "dateReleased":"2024-01-02T00:00:00.000Z","count":1,"vulnerabilities":[
                  {"cveID":"CVE-2099-1","vendorProject":"left-pad","product":"left-pad","vulnerabilityName":"test",
                   "dateAdded":"2024-01-02","shortDescription":"made up for a test","requiredAction":"patch",
                   "dueDate":"2024-01-23","knownRansomwareCampaignUse":"Unknown","notes":"","cwes":[]}]}
                """);
        store = dir.resolve("store");
        assertThat(CommandRun.of("advisories", "import", feeds.toString(), "--store", store.toString())
                        .exitCode())
                .isZero();
        sbom = Files.writeString(
                dir.resolve("bom.json"),
                """
                {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"components":[
                  {"type":"library","bom-ref":"a","name":"left-pad","version":"1.2.0","purl":"pkg:npm/left-pad@1.2.0"},
                  {"type":"library","bom-ref":"b","name":"right-pad","version":"1.0.0","purl":"pkg:npm/right-pad@1.0.0"}]}
                """);
    }

    private CommandRun scan(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "scan";
        args[1] = sbom.toString();
        args[2] = "--store";
        args[3] = store.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CommandRun.of(args);
    }

    @Test
    void jsonListsEachFindingWithEvidencePriorityAndSignals() throws IOException {
        CommandRun run = scan("--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("vulnerabilities")).hasSize(1);
        JsonNode v = root.path("vulnerabilities").get(0);
        assertThat(v.path("id").asText()).isEqualTo("CVE-2099-1");
        assertThat(v.path("aliases").get(0).asText()).isEqualTo("GHSA-aaaa-bbbb-cccc");
        assertThat(v.path("component").asText()).isEqualTo("pkg:npm/left-pad@1.2.0");
        assertThat(v.path("source").path("records").get(0).path("source").asText())
                .isEqualTo("OSV");
        assertThat(v.path("evidence").get(0).path("rule").asText()).isEqualTo("purl-range");
        assertThat(v.path("evidence").get(0).path("confidence").asText()).isEqualTo("high");
        assertThat(v.path("cvss").path("score").asDouble()).isEqualTo(7.5);
        assertThat(v.path("kev").path("knownExploited").asBoolean()).isTrue();
        assertThat(v.path("kev").path("dateAdded").asText()).isEqualTo("2024-01-02");
        assertThat(v.path("epss").isNull()).isTrue();
        assertThat(v.path("priority").path("band").asText()).isEqualTo("critical");
        assertThat(v.path("priority").path("factors")).isNotEmpty();
        assertThat(v.has("vexStatus") && v.path("vexStatus").isNull()).isTrue();
        assertThat(root.path("summary").path("components").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("knownExploited").asInt()).isEqualTo(1);
    }

    @Test
    void sarifIsVersion210WithOneRulePerVulnerabilityAndTheSbomAsLocation() throws IOException {
        CommandRun run = scan("--format", "sarif");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        JsonNode sarifRun = root.path("runs").get(0);
        assertThat(sarifRun.path("tool").path("driver").path("name").asText()).isEqualTo("vigil");
        assertThat(sarifRun.path("tool")
                        .path("driver")
                        .path("rules")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo("CVE-2099-1");
        JsonNode result = sarifRun.path("results").get(0);
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asText())
                .endsWith("bom.json");
    }

    @Test
    void textPrintsOneLinePerFindingAndASummary() {
        CommandRun run = scan();
        assertThat(run.out())
                .contains("critical")
                .contains("CVE-2099-1")
                .contains("pkg:npm/left-pad@1.2.0")
                .contains("KEV")
                .contains("1 vulnerability in 2 components");
    }

    @Test
    void failOnGatesExitOne() {
        assertThat(scan("--fail-on", "kev").exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(scan("--fail-on", "high").exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(scan("--fail-on", "wobbly").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aFixedVersionHasNoFindingAndPassesTheGate() throws IOException {
        Files.writeString(
                sbom,
                """
                {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,"components":[
                  {"type":"library","bom-ref":"a","name":"left-pad","version":"1.3.0","purl":"pkg:npm/left-pad@1.3.0"}]}
                """);
        CommandRun run = scan("--fail-on", "low");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0 vulnerabilities in 1 components");
    }

    @Test
    void aMissingStoreTellsTheUserToImportAndExitsTwo() {
        CommandRun run = CommandRun.of(
                "scan", sbom.toString(), "--store", dir.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("vigil advisories import").hasLineCount(1);
    }

    @Test
    void aModelScansTheSbomOfEachComponentRelativeToTheModelFile() throws IOException {
        Files.writeString(
                dir.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: z, type: home-network, trust: low}
                components:
                  - {id: app, kind: mobile-app, zone: z, sbom: bom.json}
                data: []
                flows: []
                """);
        CommandRun run = CommandRun.of(
                "scan", dir.resolve("model.yaml").toString(), "--store", store.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode v = JSON.readTree(run.out()).path("vulnerabilities").get(0);
        assertThat(v.path("modelComponent").asText()).isEqualTo("app");
        assertThat(v.path("priority").path("factors").toString()).contains("no flow reaches it");
    }

    @Test
    void anUnreadableVexFileIsOneLineNamingItAndExitsTwo() throws IOException {
        Path vex = Files.writeString(dir.resolve("vex.json"), "{}");
        CommandRun run = scan("--vex", vex.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("vex.json").hasLineCount(1);
    }

    private Path vex(String status, String version) throws IOException {
        return Files.writeString(
                dir.resolve("vex-" + status + ".json"),
                """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex-1", "author": "t",
                 "timestamp": "2024-01-10T00:00:00Z", "version": 1,
                 "statements": [{"vulnerability": {"name": "GHSA-aaaa-bbbb-cccc"},
                   "products": [{"@id": "pkg:npm/left-pad@%s"}], "status": "%s",
                   "justification": "vulnerable_code_not_present", "action_statement": "update"}]}
                """
                        .formatted(version, status));
    }

    @Test
    void aNotAffectedStatementSuppressesTheFindingFromOutputAndGate() throws IOException {
        Path vex = vex("not_affected", "1.2.0");
        CommandRun json = scan("--vex", vex.toString(), "--format", "json", "--fail-on", "kev");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.path("vulnerabilities")).isEmpty();
        assertThat(root.has("suppressedVulnerabilities")).isFalse();
        assertThat(root.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("knownExploited").asInt()).isZero();

        CommandRun text = scan("--vex", vex.toString());
        assertThat(text.out()).doesNotContain("CVE-2099-1").contains("1 suppressed by VEX");
    }

    @Test
    void showSuppressedListsSuppressedFindingsWithTheJustification() throws IOException {
        Path vex = vex("fixed", "1.2.0");
        JsonNode root = JSON.readTree(scan("--vex", vex.toString(), "--format", "json", "--show-suppressed")
                .out());
        JsonNode s = root.path("suppressedVulnerabilities").get(0);
        assertThat(s.path("id").asText()).isEqualTo("CVE-2099-1");
        assertThat(s.path("suppressed").asBoolean()).isTrue();
        assertThat(s.path("vexStatus").path("status").asText()).isEqualTo("fixed");
        assertThat(s.path("vexStatus").path("source").asText()).contains("OpenVEX statement");

        CommandRun text = scan("--vex", vex.toString(), "--show-suppressed");
        assertThat(text.out())
                .contains("suppressed by VEX:")
                .contains("CVE-2099-1")
                .contains("fixed by OpenVEX statement");
        JsonNode sarif = JSON.readTree(scan("--vex", vex.toString(), "--format", "sarif", "--show-suppressed")
                .out());
        assertThat(sarif.at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("external");
    }

    @Test
    void anAffectedStatementOrOneForAnotherVersionDoesNotSuppress() throws IOException {
        CommandRun affected = scan("--vex", vex("affected", "1.2.0").toString(), "--format", "json");
        JsonNode v = JSON.readTree(affected.out()).path("vulnerabilities").get(0);
        assertThat(v.path("vexStatus").path("status").asText()).isEqualTo("affected");
        assertThat(v.path("vexStatus").path("action").asText()).isEqualTo("update");

        CommandRun other = scan("--vex", vex("not_affected", "1.1.0").toString(), "--fail-on", "kev");
        assertThat(other.exitCode()).isEqualTo(ExitCodes.POLICY_FAILED);
        assertThat(other.out()).contains("CVE-2099-1");
    }

    @Test
    void writeVexRoundTripsThroughTheVexReader() throws Exception {
        Path vex = vex("not_affected", "1.2.0");
        for (String format : new String[] {"cyclonedx", "openvex"}) {
            Path out = dir.resolve("release-" + format + ".json");
            CommandRun run = scan(
                    "--vex",
                    vex.toString(),
                    "--write-vex",
                    format,
                    "--product-name",
                    "Pump",
                    "--product-version",
                    "3.0",
                    "--vex-out",
                    out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            var doc = dev.vigil.engine.vex.VexReader.read(out);
            assertThat(doc.statements()).singleElement().satisfies(s -> {
                assertThat(s.vulnerabilityId()).isEqualTo("CVE-2099-1");
                assertThat(s.status().id()).isEqualTo("not_affected");
                assertThat(s.subjects()).extracting(r -> r.display()).contains("pkg:npm/left-pad@1.2.0");
            });
        }
        CommandRun plain = scan("--write-vex", "openvex", "--product-name", "Pump");
        assertThat(plain.out()).contains("\"status\" : \"affected\"").contains("Not analysed yet");
        assertThat(scan("--write-vex", "openvex").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(scan("--write-vex", "csaf", "--product-name", "P").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    // Honest scans (issue 10 item 5)

    @Test
    void jsonAndSarifCarryTheCoverageOfTheScan() throws IOException {
        CommandRun json = scan("--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode coverage = JSON.readTree(json.out()).path("coverage");
        assertThat(coverage.path("status").asText()).isEqualTo("checked");
        assertThat(coverage.path("components").asInt()).isEqualTo(2);
        assertThat(coverage.path("withIdentifiers").asInt()).isEqualTo(2);
        assertThat(coverage.path("ecosystems").path("npm").asInt()).isEqualTo(2);
        assertThat(coverage.path("ecosystemsWithoutData")).isEmpty();
        assertThat(coverage.path("sources").get(0).path("source").asText()).isEqualTo("OSV");
        assertThat(coverage.path("sources").get(0).path("newestRecord").asText())
                .isEqualTo("2024-01-01");
        assertThat(coverage.path("sources").get(0).path("ageDays").asLong()).isPositive();
        CommandRun sarif = scan("--format", "sarif");
        assertThat(JSON.readTree(sarif.out())
                        .path("runs")
                        .get(0)
                        .path("properties")
                        .path("coverage")
                        .path("withIdentifiers")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aModelWithoutSbomsIsNotCheckedAndFailsTheGateUnlessUncheckedIsAllowed() throws IOException {
        Path model = Files.writeString(
                dir.resolve("system.yaml"),
                """
                vigil: 1
                system: {id: sys, name: Pump system, kind: product}
                zones: [{id: home, type: home-network, trust: low}]
                components:
                  - {id: pump, kind: device, zone: home, software: {os: Zephyr}}
                data: []
                flows: []
                """);
        CommandRun text = CommandRun.of("scan", model.toString(), "--store", store.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("not checked: no SBOM was read", "pump");
        CommandRun gated =
                CommandRun.of("scan", model.toString(), "--store", store.toString(), "--fail-on", "critical");
        assertThat(gated.exitCode()).isEqualTo(1);
        assertThat(gated.err()).contains("--fail-on not passed", "not checked", "--allow-unchecked");
        CommandRun allowed = CommandRun.of(
                "scan", model.toString(), "--store", store.toString(), "--fail-on", "critical", "--allow-unchecked");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    }

    @Test
    void anSbomWithElementsOutOfSchemaOrderImportsWithWarningsAndStrictRefusesIt() throws IOException {
        // CycloneDX 1.5 puts <purl> before <properties>; a reader can still read it the other way round.
        sbom = Files.writeString(
                dir.resolve("bom.xml"),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
                  <components>
                    <component type="library" bom-ref="a">
                      <name>left-pad</name>
                      <version>1.2.0</version>
                      <properties><property name="note">out of order</property></properties>
                      <purl>pkg:npm/left-pad@1.2.0</purl>
                    </component>
                  </components>
                </bom>
                """);
        CommandRun lenient = scan("--format", "json");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("vigil: warning:", "bom.xml");
        assertThat(JSON.readTree(lenient.out()).path("vulnerabilities")).hasSize(1);
        CommandRun strict = scan("--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("bom.xml").doesNotContain("Exception");
    }

    @Test
    void theDependencyTrackBomOfIssue2519ImportsWithWarningsByDefault() {
        java.util.Optional<Path> folder = SharedData.folder("cyclonedx-dependency-track-fixtures/boms");
        if (folder.isEmpty()) {
            System.out.println("skipped: ../shared/data/cyclonedx-dependency-track-fixtures is absent");
            return;
        }
        sbom = folder.get().resolve("bom-issue2519.xml");
        CommandRun lenient = scan("--format", "json");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("schema violations");
        assertThat(scan("--strict").exitCode()).isEqualTo(2);
    }
}
