package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {

    @TempDir
    Path dir;

    @Test
    void includedFilesAreMergedSectionBySectionWithPathsRelativeToTheIncludingFile() throws IOException {
        Files.createDirectories(dir.resolve("parts/more"));
        Files.writeString(
                dir.resolve("main.yaml"),
                """
                vigil: 1
                include: [parts/zones.yaml]
                system: {id: demo, name: Demo, kind: site}
                components:
                  - {id: mes, kind: mes, zone: plant}
                data:
                  - {id: records, category: production-record, confidentiality: 2, integrity: 4, availability: 3}
                flows: []
                """);
        Files.writeString(
                dir.resolve("parts/zones.yaml"),
                """
                include: [more/office.yaml]
                zones:
                  - {id: plant, type: production, trust: medium}
                """);
        Files.writeString(
                dir.resolve("parts/more/office.yaml"),
                """
                zones:
                  - {id: office, type: office-it, trust: low}
                components:
                  - {id: erp, kind: service, zone: office}
                """);
        LoadResult result = new ModelLoader().load(dir.resolve("main.yaml"));
        assertThat(result.diagnostics()).isEmpty();
        SystemModel model = result.orThrow();
        assertThat(model.zones()).extracting(z -> z.id()).containsExactly("plant", "office");
        assertThat(model.components()).extracting(c -> c.id()).containsExactly("mes", "erp");
        assertThat(result.files()).hasSize(3);
        assertThat(model.locationOf("erp").orElseThrow().file()).endsWith(Path.of("parts/more/office.yaml"));
    }
}
