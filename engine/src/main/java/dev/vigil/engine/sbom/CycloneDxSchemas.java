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

    /** Whether the schema asks the top-level array {@code key} to hold no two equal elements. */
    static boolean uniqueItems(String specVersion, String key) {
        JsonNode property = SCHEMAS.computeIfAbsent(specVersion, CycloneDxSchemas::load)
                .getSchemaNode()
                .path("properties")
                .path(key);
        return property.path("uniqueItems").asBoolean(false);
    }

    /** Throws for the first schema violation, or, when lenient, records them all as warnings. */
    static void reject(SbomInput input, List<String> problems, boolean lenient, SbomBuilder builder) {
        if (problems.isEmpty()) {
            return;
        }
        String what = "not valid CycloneDX " + input.specVersion()
                + (input.format() == SbomFormat.CYCLONEDX_XML ? " XML" : "");
        if (!lenient) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new SbomException(input.file(), what + ": " + problems.get(0) + more);
        }
        builder.warn(what + " (" + problems.size() + " schema violations, read leniently)");
        problems.stream().limit(20).forEach(problem -> builder.warn("schema: " + problem));
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
            return switch (specVersion) {
                    // The library validates 1.2/1.3 against its "strict" variants, which also pin
                    // $schema to one spelling and reject real SBOMs for that alone; the specification's
                    // regular schemas (in the same jar) are the standard.
                case "1.2", "1.3" -> compile("bom-" + specVersion + ".schema.json", "classpath:");
                case "1.7" -> compile("bom-1.7.schema.json", "classpath:vigil/cyclonedx/");
                default -> new JsonParser().getJsonSchema(Version.fromVersionString(specVersion), SafeJson.mapper());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema and the ones it references, all resolved from the class path, never the network. */
    private static Schema compile(String name, String classpathFolder) {
        SchemaRegistry registry = SchemaRegistry.builder()
                .nodeReader(DefaultNodeReader.builder()
                        .jsonMapper(SafeJson.mapper())
                        .build())
                .schemaIdResolvers(resolvers -> resolvers.mapPrefix("http://cyclonedx.org/schema/", classpathFolder))
                .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().preloadSchema(true).build())
                .build();
        return registry.getSchema(SchemaLocation.of("http://cyclonedx.org/schema/" + name));
    }
}
