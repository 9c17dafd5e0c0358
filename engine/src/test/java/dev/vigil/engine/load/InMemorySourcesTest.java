package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model held in memory (as the server keeps it) loads with its includes and SBOMs, no file involved. */
class InMemorySourcesTest {
    private static final String ROOT =
            """
            vigil: 1
            system: {id: sys, name: System, kind: product}
            include: [parts/zones.yaml]
            components:
              - {id: app, kind: service, zone: z, sbom: sboms/app.cdx.json}
            data: []
            flows: []
            """;
    private static final String ZONES =
            """
            zones:
              - {id: z, type: cloud, trust: medium}
            """;

    private static Map<String, byte[]> sources() {
        return Map.of(
                "parts/zones.yaml", ZONES.getBytes(StandardCharsets.UTF_8),
                "parts/sboms/app.cdx.json", "{}".getBytes(StandardCharsets.UTF_8),
                "sboms/app.cdx.json", "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aModelInMemoryLoadsWithItsIncludesAndSbomsLikeTheSameFilesOnDisk(@TempDir Path dir) throws Exception {
        LoadResult inMemory = new ModelLoader().load(Path.of("model.yaml"), ROOT, SourceResolver.inMemory(sources()));

        Files.createDirectories(dir.resolve("parts"));
        Files.createDirectories(dir.resolve("sboms"));
        Files.writeString(dir.resolve("model.yaml"), ROOT);
        Files.writeString(dir.resolve("parts/zones.yaml"), ZONES);
        Files.writeString(dir.resolve("sboms/app.cdx.json"), "{}");
        LoadResult onDisk = new ModelLoader().load(dir.resolve("model.yaml"));

        assertThat(inMemory.errors()).isEmpty();
        assertThat(onDisk.errors()).isEmpty();
        assertThat(inMemory.orThrow().zones()).isEqualTo(onDisk.orThrow().zones());
        assertThat(inMemory.orThrow().components()).isEqualTo(onDisk.orThrow().components());
        assertThat(inMemory.files()).containsExactly(Path.of("model.yaml"), Path.of("parts/zones.yaml"));
    }

    @Test
    void aMissingIncludeOrSbomIsReportedByItsNameAndNothingOutsideTheMapIsRead() {
        Map<String, byte[]> onlyZones = Map.of("../zones.yaml", ZONES.getBytes(StandardCharsets.UTF_8));
        String root = ROOT.replace("parts/zones.yaml", "../zones.yaml");

        LoadResult result = new ModelLoader().load(Path.of("model.yaml"), root, SourceResolver.inMemory(onlyZones));

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(Diagnostic::code).contains("include-not-found");
    }

    @Test
    void aComponentSbomMissingFromTheSourcesIsAnError() {
        Map<String, byte[]> noSbom = Map.of("parts/zones.yaml", ZONES.getBytes(StandardCharsets.UTF_8));

        LoadResult result = new ModelLoader().load(Path.of("model.yaml"), ROOT, SourceResolver.inMemory(noSbom));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("sbom-not-found");
    }
}
