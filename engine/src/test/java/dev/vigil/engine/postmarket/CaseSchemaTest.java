package dev.vigil.engine.postmarket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vigil.engine.postmarket.casefile.CaseKeys;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** schema/vigil-case-1.schema.json stays in step with the reader: same keys, and every example case is valid. */
class CaseSchemaTest {
    private static final Path SCHEMA = Path.of("../schema/vigil-case-1.schema.json");

    private static JsonNode schemaNode() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    @Test
    void theSchemaNamesExactlyTheKeysTheReaderAccepts() throws IOException {
        JsonNode s = schemaNode();
        assertThat(new TreeSet<>(names(s.get("properties")))).isEqualTo(new TreeSet<>(CaseKeys.ROOT));
        assertThat(new TreeSet<>(names(s.at("/$defs/vulnerability/properties"))))
                .isEqualTo(new TreeSet<>(CaseKeys.VULNERABILITY));
        assertThat(new TreeSet<>(names(s.at("/properties/incident/properties"))))
                .isEqualTo(new TreeSet<>(CaseKeys.INCIDENT));
    }

    @Test
    void everyExampleCaseAndTheReferenceCaseIsValidUnderTheSchemaAndTheReader() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode());
        List<Path> cases = new ArrayList<>(List.of(CaseFixtures.REFERENCE_CASE));
        try (Stream<Path> s = Files.list(Path.of("../examples/cases"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(cases::add);
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(3);
        for (Path c : cases) {
            // YAML dates are read as text, as the case format writes them
            JsonNode doc = new YAMLMapper().readTree(Files.readString(c));
            assertThat(schema.validate(doc)).as(c.toString()).isEmpty();
            assertThat(new CaseReader().read(c).id()).isNotBlank();
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
