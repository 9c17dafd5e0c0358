package dev.vigil.engine.threat;

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
import org.junit.jupiter.api.Test;

/**
 * {@code schema/vigil-rule-metadata.schema.json} is exactly what {@link RuleMetadataFormat} generates, and every
 * bundled metadata file passes it. Regenerate with
 * {@code mvn -B -pl engine test -Dtest=RuleMetadataSchemaTest -Dvigil.schema.write=true}.
 */
class RuleMetadataSchemaTest {

    private static final Path CHECKED_IN = Path.of("../schema/vigil-rule-metadata.schema.json");

    private static String generated() {
        return ModelSchema.json(
                "https://vigil.dev/schema/rule-metadata.schema.json",
                "Vigil threat rule metadata",
                RuleMetadataFormat.RULE);
    }

    @Test
    void theCheckedInSchemaMatchesTheDeclaration() throws IOException {
        CheckedInSchema.assertMatches(CHECKED_IN, generated());
    }

    @Test
    void everyBundledMetadataFilePassesTheSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(generated());
        List<Path> files;
        try (Stream<Path> rules = Files.list(Path.of("src/main/resources/rules"))) {
            files = rules.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode tree = new YAMLMapper().readTree(file.toFile());
            assertThat(schema.validate(tree)).as(file.toString()).isEmpty();
        }
    }
}
