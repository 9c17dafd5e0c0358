package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Size never decides whether an SBOM is schema-validated (issue 11, class 6): a document the schema
 * rejects is rejected with the same problem when it is padded far above the 16 MiB that once switched
 * validation off, whatever the padding (insignificant white space, valid components before or after the
 * bad one) and wherever the violation sits (a component, a dependency, a top-level field, XML).
 */
class SbomSchemaAtAnySizeTest {
    private static final int PADDING = 17 * 1024 * 1024;
    private static final String HEAD = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,";
    private static final String GOOD = "{\"type\":\"library\",\"bom-ref\":\"good-%d\",\"name\":\"good-%d\","
            + "\"version\":\"1.0.%d\",\"purl\":\"pkg:npm/good-%d@1.0.%d\"}";

    @TempDir
    Path dir;

    /** A document with one violation; {@code %s} is where padding goes. */
    private static String document(String violation) {
        return switch (violation) {
            case "component" -> HEAD + "\"components\":[%s{\"type\":\"library\",\"name\":\"bad\",\"hashes\":"
                    + "[{\"alg\":\"FOO\",\"content\":\"3942447fac867ae5cdb3229b658f4d48\"}]}%s]}";
            case "dependency" -> HEAD + "\"components\":[%s],\"dependencies\":[{\"ref\":\"a\",\"dependsOn\":[1]}]%s}";
            case "top-level" -> HEAD + "\"serialNumber\":\"not-a-urn\",\"components\":[%s]%s}";
            default -> throw new IllegalArgumentException(violation);
        };
    }

    private String problem(Path file) {
        try {
            SbomReader.withDefaults().read(file);
            return "accepted";
        } catch (SbomException e) {
            String message = e.getMessage().substring(file.toString().length() + 2);
            // The same problem, whatever the element's index.
            return message.replaceAll("/components/\\d+", "/components/N");
        }
    }

    @ParameterizedTest(name = "{0} violation, {1} padding")
    @CsvSource({
        "component, white space",
        "component, components before",
        "component, components after",
        "dependency, white space",
        "dependency, components before",
        "top-level, white space",
        "top-level, components before"
    })
    void aRejectedDocumentStaysRejectedWhenPaddedAboveSixteenMebibytes(String violation, String padding)
            throws IOException {
        String template = document(violation);
        Path small = Files.writeString(dir.resolve("small.json"), template.formatted("", ""), StandardCharsets.UTF_8);
        String expected = problem(small);
        assertThat(expected).startsWith("not valid CycloneDX 1.6");

        Path big = dir.resolve("big.json");
        int cut = template.indexOf("%s");
        int second = template.indexOf("%s", cut + 2);
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(template, 0, cut);
            switch (padding) {
                case "white space" -> out.write(" ".repeat(PADDING));
                case "components before" -> components(out, violation.equals("component"));
                case "components after" -> {
                    out.write(template, cut + 2, second - cut - 2);
                    out.write(',');
                    components(out, false);
                    out.write(template, second + 2, template.length() - second - 2);
                }
                default -> throw new IllegalArgumentException(padding);
            }
            if (!padding.equals("components after")) {
                out.write(template, cut + 2, second - cut - 2);
                out.write(template, second + 2, template.length() - second - 2);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(PADDING);
        assertThat(problem(big)).isEqualTo(expected);
    }

    /** Valid components, together above the padding size; a trailing comma when more follow. */
    private static void components(Writer out, boolean moreFollow) throws IOException {
        int count = 0;
        long written = 0;
        while (written < PADDING) {
            String component = GOOD.formatted(count, count, count, count, count);
            if (count > 0) {
                out.write(',');
            }
            out.write(component);
            written += component.length() + 1;
            count++;
        }
        if (moreFollow) {
            out.write(',');
        }
    }

    @ParameterizedTest(name = "XML padded with {0} bytes of white space")
    @CsvSource({"0", "17825792"})
    void xmlIsValidatedWhateverItsSize(int padding) throws IOException {
        String xml = Files.readString(Fixtures.sbom("invalid-scope-1.6.xml"))
                .replace("<components>", "<components>" + " ".repeat(padding));
        Path file = Files.writeString(dir.resolve("invalid-" + padding + ".xml"), xml);
        assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("not valid CycloneDX 1.6 XML");
    }
}
