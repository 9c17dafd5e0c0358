package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.source.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An SBOM held in memory (as the server keeps it) reads exactly as the same bytes on disk. */
class SbomFromMemoryTest {
    private static final Path FIXTURES = Path.of("src/test/resources/sbom");

    private static Sbom fromMemory(SbomReader reader, String name, byte[] bytes) {
        return reader.read(Path.of("sboms", name), SourceResolver.inMemory(Map.of("sboms/" + name, bytes)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "infusion-pump-1.6.cdx.json",
                "infusion-pump-1.6.cdx.xml",
                "infusion-pump-2.3.spdx",
                "infusion-pump-2.3.spdx.json",
                "valid-bom-1.4.xml",
                "valid-bom-1.7.json"
            })
    void everyFormatReadFromMemoryGivesTheSameSbomAsFromDisk(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name));
        SbomReader reader = SbomReader.withDefaults();

        Sbom onDisk = reader.read(FIXTURES.resolve(name));
        Sbom inMemory = fromMemory(reader, name, bytes);

        assertThat(inMemory.components()).isNotEmpty();
        assertThat(inMemory).isEqualTo(onDisk);
    }

    @Test
    void theUnvalidatedPathReadsFromMemoryToo() throws Exception {
        String name = "infusion-pump-1.6.cdx.json";
        SbomReader streaming = SbomReader.withDefaults().withoutSchemaValidation();

        Sbom onDisk = streaming.read(FIXTURES.resolve(name));
        Sbom inMemory = fromMemory(streaming, name, Files.readAllBytes(FIXTURES.resolve(name)));

        assertThat(inMemory.warnings()).anyMatch(w -> w.contains("not schema-validated"));
        assertThat(inMemory).isEqualTo(onDisk);
    }

    @Test
    void badBytesInMemoryAreRefusedWithOneLineNamingTheSbomAsTheModelStatesIt() {
        SbomReader reader = SbomReader.withDefaults();
        byte[] duplicate = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", \"version\": 1, \"version\": 2}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fromMemory(reader, "dup.json", duplicate))
                .isInstanceOf(SbomException.class)
                .hasMessageStartingWith(Path.of("sboms", "dup.json") + ":")
                .hasMessageContaining("version")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> fromMemory(reader, "empty.json", new byte[0])).hasMessageContaining("empty file");
        assertThatThrownBy(() -> fromMemory(reader, "binary.json", new byte[] {'{', 0, 1}))
                .hasMessageContaining("binary content");
        assertThatThrownBy(() -> reader.read(Path.of("sboms/none.json"), SourceResolver.inMemory(Map.of())))
                .hasMessageContaining("no such file");
    }

    @Test
    void theSizeLimitHoldsForBytesInMemory() {
        byte[] bytes = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fromMemory(SbomReader.withDefaults().withMaxBytes(10), "big.json", bytes))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("too large");
    }
}
