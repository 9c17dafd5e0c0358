package dev.vigil.engine.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.serialization.DefaultNodeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;

/**
 * The official CycloneDX JSON schemas, compiled once per version. 1.2–1.6 come from
 * cyclonedx-core-java; 1.7, which it does not ship yet, from the specification's own schema files that
 * Vigil bundles under {@code vigil/cyclonedx/} (Apache-2.0, see the NOTICE there).
 */
final class CycloneDxSchemas {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CycloneDxSchemas() {}

    /** The schema violations of a document, as one line each; empty when valid. */
    static List<String> validate(JsonNode document, String specVersion) {
        Schema schema = SCHEMAS.computeIfAbsent(specVersion, CycloneDxSchemas::load);
        return schema.validate(document).stream()
                .map(CycloneDxSchemas::describe)
                .toList();
    }

    static String summary(String specVersion, List<String> problems) {
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
        return "not valid CycloneDX " + specVersion + ": " + problems.get(0) + more;
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation() == null
                ? ""
                : error.getInstanceLocation().toString();
        String message = Problems.firstLine(error.getMessage());
        return message.startsWith(at) || at.isEmpty() ? message : at + ": " + message;
    }

    private static Schema load(String specVersion) {
        try {
            if (specVersion.equals("1.7")) {
                return bundled17();
            }
            Version version = Version.fromVersionString(specVersion);
            return new JsonParser().getJsonSchema(version, SafeJson.MAPPER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema bundled17() {
        SchemaRegistry registry = SchemaRegistry.builder()
                .nodeReader(
                        DefaultNodeReader.builder().jsonMapper(SafeJson.MAPPER).build())
                .schemaIdResolvers(
                        resolvers -> resolvers.mapPrefix("http://cyclonedx.org/schema/", "classpath:vigil/cyclonedx/"))
                .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().preloadSchema(true).build())
                .build();
        return registry.getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.7.schema.json"));
    }
}
