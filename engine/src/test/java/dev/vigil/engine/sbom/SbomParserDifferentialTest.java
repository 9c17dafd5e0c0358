package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every SBOM JSON reader refuses duplicate keys, and insignificant white space never changes the result. */
class SbomParserDifferentialTest {
    private static final String CYCLONEDX =
            """
            {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
             "components":[{"type":"library","name":"left-pad","version":"1.3.0",
                            "purl":"pkg:npm/left-pad@1.3.0"}]}
            """;

    private static final String SPDX =
            """
            {"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT","name":"demo",
             "documentNamespace":"https://example.com/demo",
             "creationInfo":{"created":"2024-01-01T00:00:00Z","creators":["Tool: test"]},
             "packages":[{"SPDXID":"SPDXRef-a","name":"left-pad","versionInfo":"1.3.0",
                          "downloadLocation":"NOASSERTION"}]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLineAndColumnInCycloneDxAndSpdx() throws IOException {
        Path cdx = write(
                "dup.cdx.json",
                CYCLONEDX.replace("\"version\":\"1.3.0\",", "\"version\":\"1.3.0\",\"version\":\"9.9.9\","));
        Path spdx = write(
                "dup.spdx.json", SPDX.replace("\"name\":\"left-pad\",", "\"name\":\"left-pad\",\"name\":\"evil\","));
        for (Path file : new Path[] {cdx, spdx}) {
            assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                    .isInstanceOf(SbomException.class)
                    .hasMessageContaining("Duplicate field")
                    .hasMessageContaining("line ")
                    .hasMessageContaining("column ");
        }
        Path big = write(
                "dup-streamed.cdx.json",
                CYCLONEDX.replace("\"version\":\"1.3.0\",", "\"version\":\"1.3.0\",\"version\":\"9.9.9\","));
        assertThatThrownBy(() ->
                        SbomReader.withDefaults().withoutSchemaValidation().read(big))
                .hasMessageContaining("Duplicate field");
    }

    @Test
    void leadingWhiteSpaceLongerThanTheSniffedHeadDoesNotMakeADocumentEmpty() throws IOException {
        String padding = " \n\t".repeat(40_000);
        for (String[] doc : new String[][] {{"c.json", CYCLONEDX}, {"s.json", SPDX}}) {
            Sbom plain = SbomReader.withDefaults().read(write("plain-" + doc[0], doc[1]));
            Sbom padded = SbomReader.withDefaults().read(write("padded-" + doc[0], padding + doc[1]));
            assertThat(padded.components()).hasSameSizeAs(plain.components()).isNotEmpty();
            assertThat(padded.components().get(0).name())
                    .isEqualTo(plain.components().get(0).name());
        }
        assertThatThrownBy(() -> SbomReader.withDefaults().read(write("blank.json", padding)))
                .hasMessageContaining("only white space");
    }
}
