package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexCommandTest {

    /** The engine's VEX fixtures (sources and licenses in their README). */
    static final Path VEX = Path.of("../engine/src/test/resources/vex");

    static String file(String name) {
        return VEX.resolve(name).toString();
    }

    @Test
    void readListsNormalisedStatementsOfEveryFormat() {
        CommandRun run = CommandRun.of(
                "vex",
                "read",
                file("cyclonedx-bom-link.json"),
                file("openvex-wolfi.json"),
                file("csaf-sec-vex-2022-0001.json"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("cyclonedx-bom-link.json: CycloneDX, 1 statement(s)")
                .contains("openvex-wolfi.json: OpenVEX https://openvex.dev/docs/example/vex-9fb3463de1b57 by Wolfi J"
                        + " Inkinson")
                .contains("vulnerable_code_not_in_execute_path (code_not_reachable)")
                .contains("csaf-sec-vex-2022-0001.json: CSAF SEC-VEX-2022-0001 by Secvisogram at 2022-05-27T10:00:00Z")
                .containsPattern("CVE-2021-44228 +- +not_affected +Secvisogram <=1.14.0 +component_not_present"
                        + " +/vulnerabilities/0/product_status/known_not_affected/0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void readAsJsonGivesEveryFieldOfAStatement() throws IOException {
        CommandRun run = CommandRun.of("vex", "read", "--format", "json", file("openvex-wolfi.json"));

        assertThat(run.exitCode()).isZero();
        JsonNode s = new ObjectMapper()
                .readTree(run.out())
                .path("documents")
                .get(0)
                .path("statements")
                .get(0);
        assertThat(s.path("vulnerability").asText()).isEqualTo("CVE-2023-12345");
        assertThat(s.path("aliases").get(0).asText()).isEqualTo("GHSA-abcd-1234-wxyz");
        assertThat(s.path("products").get(0).asText()).isEqualTo("pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64");
        assertThat(s.path("subcomponents").get(0).asText()).isEqualTo("pkg:apk/wolfi/openssl");
        assertThat(s.path("status").asText()).isEqualTo("not_affected");
        assertThat(s.path("justification").path("category").asText()).isEqualTo("vulnerable_code_not_in_execute_path");
        assertThat(s.path("impactStatement").asText()).startsWith("git never calls");
        assertThat(s.path("pointer").asText()).isEqualTo("/statements/0");
    }

    @Test
    void badInputEndsWithOneLineNamingTheFileAndPlace(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(
                dir.resolve("broken.json"), "{\"bomFormat\": \"CycloneDX\",\n \"vulnerabilities\": [\n");
        CommandRun run = CommandRun.of("vex", "read", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("vigil: " + broken + ":3:").contains("JSON syntax error");
    }

    @Test
    void aSbomIsNotMistakenForAVex(@TempDir Path dir) throws IOException {
        Path sbom =
                Files.writeString(dir.resolve("sbom.json"), "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}");
        CommandRun run = CommandRun.of("vex", "read", sbom.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("vigil: " + sbom + ": /: a CycloneDX BOM without 'vulnerabilities' is an SBOM, not a VEX"
                        + " document\n");
    }

    @Test
    void unknownFormatIsBadInput() {
        CommandRun run = CommandRun.of("vex", "read", "--format", "xml", file("openvex-wolfi.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("vigil: unknown format 'xml' (valid: text, json)\n");
    }

    @Test
    void convertCsafToCycloneDxWritesAReadableDocumentForTheRelease(@TempDir Path dir) throws IOException {
        CommandRun run = CommandRun.of(
                "vex",
                "convert",
                file("csaf-evd-uc-08.json"),
                "--to",
                "cyclonedx",
                "--product-name",
                "ABC",
                "--product-version",
                "4.2",
                "--author",
                "Example PSIRT");

        assertThat(run.exitCode()).isZero();
        JsonNode bom = new ObjectMapper().readTree(run.out());
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.path("metadata").path("component").path("name").asText()).isEqualTo("ABC");
        assertThat(bom.path("metadata").path("authors").get(0).path("name").asText())
                .isEqualTo("Example PSIRT");
        assertThat(bom.path("vulnerabilities")).hasSize(21);
        // What was written reads back with the same number of statements.
        Path written = Files.writeString(dir.resolve("abc.cdx.json"), run.out());
        assertThat(CommandRun.of("vex", "read", written.toString()).out()).contains("21 statement(s)");
    }

    @Test
    void convertToOpenVexWarnsAboutRangesItCannotExpress() throws IOException {
        CommandRun run = CommandRun.of("vex", "convert", file("csaf-evd-uc-08.json"), "--to", "openvex");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("@context").asText()).isEqualTo("https://openvex.dev/ns/v0.2.0");
        assertThat(doc.path("author").asText()).isEqualTo("Example Company ProductCERT");
        assertThat(doc.path("statements")).hasSize(12);
        assertThat(run.err())
                .contains("vigil: warning: OpenVEX has no version ranges: left out ABC vers:generic/>=1.0|<=2.3");
    }

    @Test
    void convertOutputIsDeterministic() {
        String first = CommandRun.of("vex", "convert", file("openvex-wolfi.json"), "--to", "openvex")
                .out();
        String second = CommandRun.of("vex", "convert", file("openvex-wolfi.json"), "--to", "openvex")
                .out();

        assertThat(first).isEqualTo(second).isNotEmpty();
    }

    @Test
    void convertNeedsAProductNameWhenTheSourceHasNoId() {
        CommandRun run = CommandRun.of(
                "vex", "convert", file("cyclonedx-cisa-case1-not-affected.json"), "--to", "openvex", "--author", "A");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .endsWith("cyclonedx-cisa-case1-not-affected.json has no document id: give --product-name\n");
    }

    @Test
    void convertRejectsAnUnknownTargetAndABadPurl() {
        assertThat(CommandRun.of("vex", "convert", file("openvex-wolfi.json"), "--to", "csaf")
                        .err())
                .isEqualTo("vigil: unknown target format 'csaf' (valid: cyclonedx, openvex)\n");
        CommandRun badPurl = CommandRun.of(
                "vex", "convert", file("openvex-wolfi.json"), "--to", "openvex", "--product-purl", "pkg:nope");
        assertThat(badPurl.exitCode()).isEqualTo(2);
        assertThat(badPurl.err()).startsWith("vigil: not a valid package URL 'pkg:nope'");
    }
}
