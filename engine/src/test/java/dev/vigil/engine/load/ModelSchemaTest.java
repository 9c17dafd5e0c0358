package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schema is exactly what the loader's shapes generate, and it accepts valid models. */
class ModelSchemaTest {

    static final Path CHECKED_IN = Path.of("../schema/vigil-model-1.schema.json");

    @Test
    void theCheckedInSchemaMatchesTheLoader() throws IOException {
        assertThat(Files.readString(CHECKED_IN))
                .as(
                        "schema/vigil-model-1.schema.json is stale: regenerate it with './vigil schema > schema/vigil-model-1.schema.json'")
                .isEqualTo(ModelSchema.json());
    }

    @Test
    void everyValidModelPassesTheSchema() throws IOException {
        Schema schema = schema();
        for (Path model : validModels()) {
            JsonNode tree = new YAMLMapper().readTree(model.toFile());
            assertThat(schema.validate(tree)).as(model.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Schema schema = schema();
        for (String name : List.of(
                "bad-enum-suggested.yaml",
                "unknown-key-suggested.yaml",
                "out-of-range-cia.yaml",
                "missing-key.yaml",
                "unsupported-version.yaml")) {
            JsonNode tree = new YAMLMapper()
                    .readTree(InvalidModelCorpusTest.CORPUS.resolve(name).toFile());
            assertThat(schema.validate(tree)).as(name).isNotEmpty();
        }
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ModelSchema.json());
    }

    private static List<Path> validModels() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            return Stream.concat(
                            Stream.of(
                                    ReferenceModelTest.COPY, InvalidModelCorpusTest.CORPUS.resolve("valid-base.yaml")),
                            examples.filter(p -> p.toString().endsWith(".yaml")))
                    .toList();
        }
    }
}
