package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming SPDX readers on what the in-memory library never had to face: line endings of every
 * kind, {@code <text>} values of any length or never closed, lines longer than the bound, annotations
 * before their package, several described packages, and a tag-value file that is not tag-value.
 */
class SpdxStreamingTest {
    private static final String HEAD = "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n"
            + "DocumentName: t\nDocumentNamespace: https://example.org/t\nCreator: Tool: t\n"
            + "Created: 2026-01-01T00:00:00Z\n";
    private static final String PACKAGE = "PackageName: left-pad\nSPDXID: SPDXRef-a\nPackageVersion: 1.3.0\n"
            + "ExternalRef: PACKAGE-MANAGER purl pkg:npm/left-pad@1.3.0\n";

    @TempDir
    Path dir;

    private Sbom read(String name, String text) throws IOException {
        return SbomReader.withDefaults().read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineEndReadsTheSame(String end) throws IOException {
        String text = (HEAD + PACKAGE + "PackageComment: <text>one\ntwo\nthree</text>\n"
                        + "PrimaryPackagePurpose: LIBRARY\n")
                .replace("\n", end);
        Sbom sbom = read("ends.spdx", text);
        assertThat(sbom.components()).singleElement().satisfies(c -> {
            assertThat(c.purl()).isEqualTo("pkg:npm/left-pad@1.3.0");
            assertThat(c.type()).as("the line after a multi-line text value").isEqualTo("library");
        });
    }

    @Test
    void aTextValueOfAMillionLinesIsReadAndTheDocumentGoesOn() throws IOException {
        Path file = dir.resolve("long-text.spdx");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + PACKAGE + "PackageDescription: <text>start\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("line " + i + "\n");
            }
            out.write("end</text>\nPackageName: after\nSPDXID: SPDXRef-b\n");
        }
        Sbom sbom = SbomReader.withDefaults().read(file);
        assertThat(sbom.components()).extracting(SbomComponent::name).containsExactly("left-pad", "after");
    }

    @Test
    void aTextValueNeverClosedIsRefusedWhereItStarts() throws IOException {
        Path file = Files.writeString(dir.resolve("open.spdx"), HEAD + PACKAGE + "PackageComment: <text>no end\nx\n");
        assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                .isInstanceOf(SbomException.class)
                .hasMessage(file + ":12:1: <text> without its closing </text>");
    }

    @Test
    void aLineLongerThanTheBoundIsRefusedWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("long-line.spdx");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD + "PackageName: ");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i <= SpdxTagValueReader.MAX_VALUE / chunk.length; i++) {
                out.write(chunk);
            }
        }
        assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining(":8:1: a line longer than");
    }

    @Test
    void aLineThatIsNotTagValueIsRefusedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("prose.spdx"), HEAD + PACKAGE + "this is prose, not a tag\n");
        assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                .isInstanceOf(SbomException.class)
                .hasMessage(file + ":12:1: not a \"Tag: value\" line");
    }

    @Test
    void anAnnotationBeforeItsPackageStillCarriesTheSupportFields() throws IOException {
        String annotation = "Annotator: Tool: t\nAnnotationDate: 2026-01-01T00:00:00Z\nAnnotationType: OTHER\n"
                + "SPDXREF: SPDXRef-a\nAnnotationComment: <text>vigil:support:level=active\n"
                + "vigil:support:end=2030-12-31</text>\n";
        Sbom sbom = read("annotated.spdx", HEAD + annotation + PACKAGE);
        SbomComponent c = sbom.components().get(0);
        assertThat(c.supportLevel()).isEqualTo("active");
        assertThat(c.endOfSupport()).hasToString("2030-12-31");
    }

    @Test
    void theSubjectIsTheFirstDescribedPackageInDocumentOrder() throws IOException {
        String json = "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"name\":\"d\","
                + "\"documentNamespace\":\"https://example.org/d\",\"documentDescribes\":[\"SPDXRef-c\",\"SPDXRef-b\"],"
                + "\"packages\":[{\"SPDXID\":\"SPDXRef-b\",\"name\":\"b\"},{\"SPDXID\":\"SPDXRef-c\",\"name\":\"c\"}],"
                + "\"relationships\":[{\"spdxElementId\":\"SPDXRef-DOCUMENT\",\"relationshipType\":\"DESCRIBES\","
                + "\"relatedSpdxElement\":\"SPDXRef-b\"}]}";
        assertThat(read("describes.spdx.json", json).metadata().subjectRef()).isEqualTo("SPDXRef-c");
    }

    @Test
    void aJsonPackageWithoutSpdxIdIsRefused() throws IOException {
        String json = "{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\",\"packages\":[{\"name\":\"x\"}]}";
        assertThatThrownBy(() -> read("no-id.spdx.json", json))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("package \"x\" has no SPDXID");
    }
}
