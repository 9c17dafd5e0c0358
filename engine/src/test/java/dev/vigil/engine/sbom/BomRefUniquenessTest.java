package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas' identity constraint "each bom-ref unique" is checked by Vigil in one pass rather than by the
 * JDK validator (quadratic in the number of refs): a repeated ref on any element is still refused by the strict
 * reader, with both lines, and only warned about by the lenient one; distinct refs pass.
 */
class BomRefUniquenessTest {

    @TempDir
    Path dir;

    private Path bom(String version, String secondRef) throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<bom xmlns=\"http://cyclonedx.org/schema/bom/" + version + "\" version=\"1\">\n"
                + "  <components>\n"
                + "    <component type=\"library\" bom-ref=\"pkg-a\"><name>a</name><version>1.0</version></component>\n"
                + "    <component type=\"library\" bom-ref=\"" + secondRef
                + "\"><name>b</name><version><![CDATA[2.0]]></version></component>\n"
                + "  </components>\n"
                + "</bom>\n";
        return Files.writeString(dir.resolve("bom-" + version + "-" + secondRef + ".xml"), xml);
    }

    @ParameterizedTest(name = "CycloneDX {0}")
    @ValueSource(strings = {"1.2", "1.3", "1.4", "1.5", "1.6", "1.7"})
    void aRefUsedTwiceIsRefusedWithBothLines(String version) throws IOException {
        Path file = bom(version, "pkg-a");
        assertThatThrownBy(() -> SbomReader.withDefaults().read(file))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("not valid CycloneDX " + version + " XML")
                .hasMessageContaining("line 5: bom-ref \"pkg-a\" is used twice (first at line 4)");
    }

    @ParameterizedTest(name = "CycloneDX {0}")
    @ValueSource(strings = {"1.2", "1.4", "1.6", "1.7"})
    void distinctRefsPassAndTheLenientReaderOnlyWarnsAboutARepeat(String version) throws IOException {
        assertThat(SbomReader.withDefaults().read(bom(version, "pkg-b")).components())
                .hasSize(2);
        Sbom lenient = SbomReader.withDefaults().lenient().read(bom(version, "pkg-a"));
        assertThat(lenient.components()).hasSize(2);
        assertThat(String.join("\n", lenient.warnings())).contains("bom-ref \"pkg-a\" is used twice");
    }
}
