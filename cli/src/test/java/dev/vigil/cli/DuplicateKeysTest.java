package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One JSON policy (issue 11, class 6): every reader of a file someone else wrote refuses a repeated key,
 * naming the key and where it is, rather than keeping the first or the last (a second {@code "id"} once made
 * an advisory vanish). Each case below is a document that is valid but for the repeat; {@code csaf validate},
 * case files and risk matrices kept one of the two values and went on.
 */
class DuplicateKeysTest {
    private static final String MODEL = "../examples/glucoflow.yaml";
    /** {@code file:line:column}, or {@code (line L, column C)} in an import's list of failed files. */
    private static final Pattern WHERE = Pattern.compile(":\\d+:\\d+|line \\d+, column \\d+");

    @TempDir
    Path dir;

    static Stream<Arguments> documents() throws IOException {
        String csaf = Files.readString(Path.of("../examples/cases/csaf/gf-2026-001.json"))
                .replaceFirst("\"title\" : ", "\"title\" : \"another title\", \"title\" : ");
        String caseYaml = Files.readString(Path.of("../examples/cases/glucoflow-ble-bolus.yaml"))
                .replaceFirst("(?m)^id: (.*)$", "id: $1\nid: OTHER-1");
        return Stream.of(
                Arguments.of(
                        "CycloneDX SBOM",
                        "purl",
                        "bom.json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":[{\"type\":"
                                + "\"library\",\"name\":\"a\",\"version\":\"1.0\",\"purl\":\"pkg:pypi/a@1.0\",\"purl\":"
                                + "\"pkg:pypi/b@1.0\"}]}",
                        "sbom components FILE"),
                Arguments.of(
                        "SPDX SBOM",
                        "name",
                        "spdx.json",
                        "{\"spdxVersion\":\"SPDX-2.3\",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":\"SPDXRef-DOCUMENT\","
                                + "\"name\":\"x\",\"name\":\"y\",\"documentNamespace\":\"https://x.example/1\","
                                + "\"creationInfo\":{\"created\":\"2024-01-01T00:00:00Z\",\"creators\":[\"Tool: x\"]},"
                                + "\"packages\":[]}",
                        "sbom components FILE"),
                Arguments.of(
                        "OSV record",
                        "id",
                        "osv.json",
                        "{\"id\":\"GHSA-aaaa-bbbb-cccc\",\"id\":\"GHSA-dddd-eeee-ffff\",\"modified\":"
                                + "\"2024-01-01T00:00:00Z\",\"affected\":[{\"package\":{\"ecosystem\":\"PyPI\",\"name\":"
                                + "\"a\"},\"ranges\":[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},"
                                + "{\"fixed\":\"2.0\"}]}]}]}",
                        "advisories import --store STORE FILE"),
                Arguments.of(
                        "NVD page",
                        "id",
                        "nvd.json",
                        "{\"resultsPerPage\":1,\"startIndex\":0,\"totalResults\":1,\"format\":\"NVD_CVE\",\"version\":"
                                + "\"2.0\",\"timestamp\":\"2024-01-01T00:00:00.000\",\"vulnerabilities\":[{\"cve\":"
                                + "{\"id\":\"CVE-2024-0001\",\"id\":\"CVE-2024-0002\",\"sourceIdentifier\":\"x\","
                                + "\"published\":\"2024-01-01T00:00:00.000\",\"lastModified\":"
                                + "\"2024-01-01T00:00:00.000\",\"vulnStatus\":\"Analyzed\",\"descriptions\":[{\"lang\":"
                                + "\"en\",\"value\":\"d\"}]}}]}",
                        "advisories import --store STORE FILE"),
                Arguments.of(
                        "KEV catalog",
                        "cveID",
                        "kev.json",
                        "{\"title\":\"CISA KEV\",\"catalogVersion\":\"2024.01.01\",\"dateReleased\":"
                                + "\"2024-01-01T00:00:00.000Z\",\"count\":1,\"vulnerabilities\":[{\"cveID\":"
                                + "\"CVE-2024-0001\",\"cveID\":\"CVE-2024-0002\",\"vendorProject\":\"x\",\"product\":\"y\","
                                + "\"vulnerabilityName\":\"z\",\"dateAdded\":\"2024-01-01\",\"shortDescription\":\"d\","
                                + "\"requiredAction\":\"a\",\"dueDate\":\"2024-01-21\",\"knownRansomwareCampaignUse\":"
                                + "\"Unknown\",\"notes\":\"\"}]}",
                        "advisories import --store STORE FILE"),
                Arguments.of(
                        "CSAF advisory, imported", "title", "csaf.json", csaf, "advisories import --store STORE FILE"),
                Arguments.of("CSAF advisory, validated", "title", "csaf.json", csaf, "csaf validate FILE"),
                Arguments.of(
                        "OpenVEX",
                        "status",
                        "openvex.json",
                        "{\"@context\":\"https://openvex.dev/ns/v0.2.0\",\"@id\":\"https://x.example/vex/1\",\"author\":"
                                + "\"me\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"version\":1,\"statements\":[{"
                                + "\"vulnerability\":{\"name\":\"CVE-2024-0001\"},\"products\":[{\"@id\":"
                                + "\"pkg:pypi/a@1.0\"}],\"status\":\"not_affected\",\"status\":\"affected\","
                                + "\"justification\":\"component_not_present\"}]}",
                        "vex read FILE"),
                Arguments.of(
                        "CycloneDX VEX",
                        "id",
                        "vex.cdx.json",
                        "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"vulnerabilities\":[{\"id\":"
                                + "\"CVE-2024-0001\",\"id\":\"CVE-2024-0002\",\"analysis\":{\"state\":\"not_affected\","
                                + "\"justification\":\"code_not_present\"},\"affects\":[{\"ref\":\"pkg:pypi/a@1.0\"}]}]}",
                        "vex read FILE"),
                Arguments.of(
                        "model, JSON",
                        "vigil",
                        "model.json",
                        "{\"vigil\": 1, \"vigil\": 1, \"system\": {\"id\": \"s\", \"name\": \"S\", \"kind\": \"product\"},"
                                + " \"zones\": [], \"components\": [], \"data\": [], \"flows\": []}",
                        "validate FILE"),
                Arguments.of(
                        "case file, JSON",
                        "id",
                        "case.json",
                        "{\"vigil-case\": 1, \"id\": \"A-1\", \"id\": \"B-2\"}",
                        "case check FILE --model " + MODEL),
                Arguments.of("case file, YAML", "id", "case.yaml", caseYaml, "case check FILE --model " + MODEL),
                Arguments.of(
                        "risk matrix",
                        "matrix",
                        "matrix.json",
                        "{\"matrix\": {}, \"matrix\": {}}",
                        "assess " + MODEL + " --risk-matrix FILE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aRepeatedKeyIsRefusedWithItsPlace(String what, String key, String name, String text, String command)
            throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(
                    switch (word) {
                        case "FILE" -> file.toString();
                        case "STORE" -> dir.resolve("store").toString();
                        default -> word;
                    });
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        String all = run.out() + run.err();
        assertThat(run.exitCode()).as(all).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(all).as(all).containsIgnoringCase("duplicate").contains("'" + key + "'");
        assertThat(WHERE.matcher(all).find()).as(all).isTrue();
    }
}
