package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import java.util.List;

/**
 * The CSAF 2.0 JSON schema (Errata 01) and the FIRST CVSS schemas it references, bundled under
 * {@code postmarket/csaf/} (OASIS and FIRST, see the NOTICE there) and resolved from the class path, never the
 * network; compiled once.
 */
final class CsafSchema {
    private static volatile Schema schema;

    private CsafSchema() {}

    static List<CsafProblem> validate(JsonNode document) {
        return compiled().validate(document).stream().map(CsafSchema::problem).toList();
    }

    private static CsafProblem problem(Error e) {
        String path =
                e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        String message = e.getMessage() == null ? e.getKeyword() : e.getMessage();
        // the message repeats the path first; the problem carries it apart
        if (!path.isEmpty() && message.startsWith(path + ": ")) {
            message = message.substring(path.length() + 2);
        }
        return new CsafProblem("schema", path, message);
    }

    private static Schema compiled() {
        Schema s = schema;
        if (s == null) {
            synchronized (CsafSchema.class) {
                if (schema == null) {
                    SchemaRegistry registry = SchemaRegistry.builder()
                            .schemaIdResolvers(r -> r.mapPrefix(
                                            "https://docs.oasis-open.org/csaf/csaf/v2.0/", "classpath:postmarket/csaf/")
                                    .mapPrefix("https://www.first.org/cvss/", "classpath:postmarket/csaf/"))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .pathType(PathType.JSON_POINTER)
                                    .formatAssertionsEnabled(true)
                                    .preloadSchema(true)
                                    .build())
                            .build();
                    schema = registry.getSchema(
                            SchemaLocation.of("https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json"));
                }
                s = schema;
            }
        }
        return s;
    }
}
