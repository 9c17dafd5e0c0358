package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input ends in one {@link SbomException} line naming the file, fast: no stack trace,
 * no hang, no partial result. Each test runs under a timeout.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SbomHostileInputTest {
    private final SbomReader reader = SbomReader.withDefaults();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String problem(Path file) {
        return problem(reader, file);
    }

    private static String problem(SbomReader reader, Path file) {
        try {
            reader.read(file);
        } catch (SbomException e) {
            assertThat(e.getMessage()).startsWith(file.toString() + ": ").doesNotContain("\n");
            return e.getMessage().substring(file.toString().length() + 2);
        }
        throw new AssertionError("accepted " + file);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(problem(dir.resolve("nope.json"))).isEqualTo("no such file");
    }

    @Test
    void aDirectoryIsNotAnSbom() {
        assertThat(problem(dir)).isEqualTo("is a directory, not an SBOM file");
    }

    @Test
    void aDeviceThatNeverEndsIsNotRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "skipped: no /dev/zero on this system");
        assertThat(problem(zero)).isEqualTo("not a regular file");
    }

    @Test
    void emptyAndWhiteSpaceOnlyFilesAreEmpty() throws IOException {
        assertThat(problem(write("empty.json", ""))).isEqualTo("empty file");
        assertThat(problem(write("blank.json", " \n\t\n"))).isEqualTo("empty file (only white space)");
    }

    @Test
    void binaryGarbageIsRecognisedBeforeParsing() throws IOException {
        Path file = Files.write(dir.resolve("garbage.json"), new byte[] {0x7f, 'E', 'L', 'F', 0x02, 0x01, 0x00, 0x00});
        assertThat(problem(file)).startsWith("binary content (byte 0x02 at offset 4)");
    }

    @Test
    void truncatedJsonSaysWhereItEnds() throws IOException {
        Path file = write(
                "cut.json",
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\",");
        assertThat(problem(file)).startsWith("malformed JSON at line 1, column ");
    }

    @Test
    void malformedJsonInsideTheStreamedPathIsAlsoOneLine() throws IOException {
        Path file = write(
                "bad.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":\"a\",}]}");
        assertThat(problem(reader.withoutSchemaValidation(), file)).startsWith("malformed JSON at line 1");
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() throws IOException {
        String deep = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"x\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";
        assertThat(problem(write("deep.json", deep))).contains("malformed JSON").contains("nesting depth");
        String deepXml = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">" + "<a>".repeat(50_000)
                + "</a>".repeat(50_000) + "</bom>";
        assertThat(problem(write("deep.xml", deepXml))).contains("Maximum Element Depth limit (200) Exceeded");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path file = write(
                "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\" version=\"1\"><components>"
                        + "<component type=\"library\"><name>&xxe;</name></component></components></bom>");
        String problem = problem(file);
        assertThat(problem).contains("DOCTYPE declarations are not allowed").doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE bom [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        Path file = write(
                "lol.xml",
                "<?xml version=\"1.0\"?>" + doctype + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"><components>"
                        + "<component type=\"library\"><name>&lol9;</name></component></components></bom>");
        assertThat(problem(file)).contains("DOCTYPE declarations are not allowed");
    }

    @Test
    void malformedXmlSaysLineAndColumn() throws IOException {
        Path file = write("bad.xml", "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">\n<components>\n</bom>");
        assertThat(problem(file)).startsWith("malformed XML at line 3, column ");
    }

    @Test
    void xmlThatIsNotCycloneDxIsNamedAsSuch() throws IOException {
        Path file = write("rdf.xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>");
        assertThat(problem(file)).contains("is not a CycloneDX BOM").contains("SPDX RDF/XML");
    }

    @Test
    void unsupportedVersionsAreNamedWithWhatIsSupported() throws IOException {
        assertThat(problem(write("old.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.1\"}")))
                .isEqualTo("unsupported CycloneDX specVersion \"1.1\" (Vigil reads 1.2 to 1.7)");
        assertThat(problem(write("future.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"2.0\"}")))
                .contains("unsupported CycloneDX specVersion \"2.0\"");
        assertThat(problem(write("old.spdx.json", "{\"spdxVersion\":\"SPDX-2.1\"}")))
                .contains("unsupported SPDX version \"SPDX-2.1\"");
        assertThat(problem(write(
                        "spdx3.json",
                        "{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":[]}")))
                .contains("SPDX 3");
    }

    @Test
    void jsonThatIsNoSbomAndTextThatIsNoSbomAreNamed() throws IOException {
        assertThat(problem(write("other.json", "{\"name\":\"package.json\"}"))).contains("JSON but not an SBOM");
        assertThat(problem(write("array.json", "[1,2]"))).contains("JSON array at the top level");
        assertThat(problem(write("notes.txt", "just some notes"))).startsWith("not a recognised SBOM");
        assertThat(problem(write("bomformat.json", "{\"bomFormat\":\"SWID\",\"specVersion\":\"1.6\"}")))
                .isEqualTo("bomFormat is \"SWID\", expected \"CycloneDX\"");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedUnread() throws IOException {
        Path file = write("big.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}" + " ".repeat(5000));
        assertThat(problem(reader.withMaxBytes(1024), file))
                .isEqualTo("file is 5045 bytes, larger than the limit of 1024 bytes; refusing to read it");
    }

    @Test
    void utf16IsRefusedWithTheFix() throws IOException {
        Path file = Files.write(dir.resolve("utf16.json"), "{\"bomFormat\":1}".getBytes(StandardCharsets.UTF_16));
        assertThat(problem(file)).isEqualTo("UTF-16 text is not supported; save the SBOM as UTF-8");
    }

    @Test
    void trailingContentAfterTheDocumentIsRejected() throws IOException {
        Path file = write("two.json", "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1} {}");
        assertThat(problem(file)).isEqualTo("content after the end of the JSON document");
    }

    @Test
    void brokenSpdxIsOneLine() throws IOException {
        Path file = write(
                "broken.spdx", "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nPackageName: x\nthis is not tag value\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SbomException.class)
                .satisfies(e ->
                        assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n"));
    }

    @Test
    void malformedAndDeeplyNestedSpdxJsonAreOneLine() throws IOException {
        Path cut = write("cut.spdx.json", "{\"spdxVersion\":\"SPDX-2.3\",\"packages\":[{\"SPDXID\":");
        assertThat(problem(cut)).isNotBlank();
        Path deep = write(
                "deep.spdx.json",
                "{\"spdxVersion\":\"SPDX-2.3\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertThat(problem(deep)).isNotBlank();
    }
}
