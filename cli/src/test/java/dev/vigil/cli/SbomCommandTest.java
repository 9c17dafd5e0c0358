package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) {
        try {
            return Path.of(SbomCommandTest.class.getResource("/sbom/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void checkReportsCoverageAndGapsAndExitsZeroDespiteGaps() {
        CommandRun run = CommandRun.of("sbom", "check", fixture("infusion-pump-1.6.cdx.json"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("CycloneDX JSON 1.6, 6 components")
                .contains("supplier name                      3/6 components (50%)")
                .contains("level of support                   2/6 components (33%)  [FDA]")
                .contains("complete components                2/6")
                .contains("zlib@1.3.1: missing supplier name, unique identifier (purl or CPE)")
                .contains("warning: components[2] \"zlib\": unparsable purl");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkAsJsonListsEveryElementByIdForSeveralFiles() throws IOException {
        CommandRun run = CommandRun.of(
                "sbom",
                "check",
                "--format",
                "json",
                fixture("infusion-pump-1.6.cdx.json"),
                fixture("infusion-pump-2.3.spdx"));
        assertThat(run.exitCode()).isZero();
        JsonNode reports = JSON.readTree(run.out());
        assertThat(reports).hasSize(2);
        JsonNode cdx = reports.get(0);
        assertThat(cdx.get("format").asText()).isEqualTo("CycloneDX");
        assertThat(cdx.at("/coverage/ntia-supplier/present").asInt()).isEqualTo(3);
        assertThat(cdx.at("/coverage/fda-end-of-support/percent").asInt()).isEqualTo(33);
        assertThat(cdx.get("documentGaps")).isEmpty();
        assertThat(cdx.get("componentGaps")).hasSize(4);
        assertThat(reports.get(1).get("encoding").asText()).isEqualTo("tag-value");
    }

    @Test
    void componentsAsJsonCarryPurlFdaFieldsAndDependencies() throws IOException {
        CommandRun run = CommandRun.of("sbom", "components", "--format", "json", fixture("infusion-pump-1.6.cdx.json"));
        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("componentCount").asInt()).isEqualTo(6);
        JsonNode openssl = json.get("components").get(1);
        assertThat(openssl.get("purl").asText()).isEqualTo("pkg:generic/openssl@3.0.13");
        assertThat(openssl.get("supportLevel").asText()).isEqualTo("active");
        assertThat(openssl.get("endOfSupport").asText()).isEqualTo("2026-09-07");
        assertThat(openssl.get("dependsOn").get(0).asText()).isEqualTo("zlib");
    }

    @Test
    void componentsAsTextIsOneTabSeparatedLinePerComponent() {
        CommandRun run = CommandRun.of("sbom", "components", fixture("infusion-pump-2.3.spdx"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out())
                .contains(
                        "openssl\t3.0.13\tpkg:generic/openssl@3.0.13\tOpenSSL Software Foundation\tApache-2.0\tactive\t2026-09-07\t0");
    }

    @Test
    void anUnreadableFileIsExitTwoWithOneLineAndNoPartialReport(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"bomFormat\":\"CycloneDX\",");
        CommandRun run = CommandRun.of("sbom", "check", fixture("infusion-pump-1.6.cdx.json"), broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("vigil: " + broken + ": malformed JSON")
                .doesNotContain("Exception");
    }

    @Test
    void aSchemaViolationIsBadInputUnlessLenient() {
        CommandRun strict = CommandRun.of("sbom", "check", fixture("invalid-hash-alg-1.6.json"));
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(strict.err()).contains("not valid CycloneDX 1.6: /components/0/hashes/0/alg");
        CommandRun lenient = CommandRun.of("sbom", "check", "--lenient", fixture("invalid-hash-alg-1.6.json"));
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("warning: schema: /components/0/hashes/0/alg");
    }

    @Test
    void maxSizeRefusesLargerFiles() {
        CommandRun run = CommandRun.of("sbom", "components", "--max-size", "0", fixture("infusion-pump-1.6.cdx.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("vigil: --max-size must be a positive number of MiB, not 0" + System.lineSeparator());
    }

    @Test
    void aMissingFileAndADirectoryAreNamed(@TempDir Path dir) {
        assertThat(CommandRun.of("sbom", "check", dir.resolve("none.json").toString())
                        .err())
                .isEqualTo("vigil: " + dir.resolve("none.json") + ": no such file" + System.lineSeparator());
        CommandRun directory = CommandRun.of("sbom", "components", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(directory.err()).contains("is a directory");
    }
}
