package dev.vigil.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.engine.load.CheckedInSchema;
import dev.vigil.engine.load.ModelSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code schema/vigil-risk-matrix.schema.json} is exactly what {@link RiskMatrixFormat} generates, and the
 * bundled matrix passes it. Regenerate with
 * {@code mvn -B -pl engine test -Dtest=RiskMatrixSchemaTest -Dvigil.schema.write=true}.
 */
class RiskMatrixSchemaTest {

    private static final Path CHECKED_IN = Path.of("../schema/vigil-risk-matrix.schema.json");

    private static String generated() {
        return ModelSchema.json(
                "https://vigil.dev/schema/risk-matrix.schema.json",
                "Vigil security-risk acceptability matrix",
                RiskMatrixFormat.MATRIX);
    }

    @Test
    void theCheckedInSchemaMatchesTheDeclaration() throws IOException {
        CheckedInSchema.assertMatches(CHECKED_IN, generated());
    }

    @Test
    void theBundledMatrixPassesTheSchemaAndAWrongCellDoesNot() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(generated());
        JsonNode bundled = new YAMLMapper()
                .readTree(Path.of("src/main/resources/risk/default-risk-matrix.yaml")
                        .toFile());
        assertThat(schema.validate(bundled)).isEmpty();
        JsonNode wrong = new YAMLMapper().readTree("matrix: {minor: [controlled, acceptable]}\n");
        assertThat(schema.validate(wrong)).isNotEmpty();
    }
}
