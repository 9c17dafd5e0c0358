package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.engine.load.CheckedInSchema;
import dev.vigil.engine.load.ModelSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in JSON Schemas of the catalog files are exactly what {@link CatalogFormat} generates, and the
 * bundled files pass them. Regenerate with
 * {@code mvn -B -pl engine test -Dtest=CatalogSchemaTest -Dvigil.schema.write=true}.
 */
class CatalogSchemaTest {

    private static final Path SCHEMAS = Path.of("../schema");
    private static final Path CATALOG = Path.of("src/main/resources/catalog");

    static String generated(String kind) {
        return ModelSchema.json(
                "https://vigil.dev/schema/catalog-" + kind + ".schema.json",
                "Vigil catalog, " + CatalogFormat.schemas().get(kind).label(),
                CatalogFormat.schemas().get(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "themes", "phases", "isaos", "evidence", "framework"})
    void theCheckedInSchemaMatchesTheDeclaration(String kind) throws IOException {
        Path file = SCHEMAS.resolve("vigil-catalog-" + kind + ".schema.json");
        CheckedInSchema.assertMatches(file, generated(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "themes", "phases", "isaos", "evidence", "framework"})
    void theBundledFilesPassTheirSchema(String kind) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(generated(kind));
        for (Path file : files(kind)) {
            JsonNode tree = new YAMLMapper().readTree(file.toFile());
            assertThat(schema.validate(tree)).as(file.toString()).isEmpty();
        }
    }

    private static List<Path> files(String kind) throws IOException {
        return switch (kind) {
            case "index" -> List.of(CATALOG.resolve("catalog.yaml"));
            case "framework" -> {
                try (Stream<Path> frameworks = Files.list(CATALOG.resolve("frameworks"))) {
                    yield frameworks.sorted().toList();
                }
            }
            case "isaos" -> List.of(CATALOG.resolve("isaos.yaml"));
            default -> List.of(CATALOG.resolve(kind + ".yaml"));
        };
    }
}
