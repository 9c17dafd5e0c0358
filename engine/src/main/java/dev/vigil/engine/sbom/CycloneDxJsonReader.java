package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CycloneDX JSON, streamed whatever its size and schema-validated whatever its size. The top level is
 * read one value at a time: each element of a top-level array ({@code components}, {@code dependencies},
 * {@code services}, ...) becomes a small tree that is validated on its own, mapped and dropped; the
 * other top-level values (metadata, serial number, ...) are kept in a skeleton that is validated at the
 * end. Memory grows with the largest single element, never with the document, and padding a document
 * cannot move it past validation (docs/adr/0003-sbom-import.md).
 *
 * <p>An element is validated inside a document of its own, {@code {"bomFormat", "specVersion", key:
 * [element]}}, against the full schema, so it meets exactly the rules it meets in place; only rules
 * across a whole array are checked apart: {@code uniqueItems} compares a digest of each element. Problems name the element's place in the
 * real document ({@code /components/41/...}).
 */
final class CycloneDxJsonReader {
    private final SbomInput input;
    private final boolean validate;
    private final boolean lenient;
    private final SbomBuilder builder;
    private final CycloneDxJsonMapping mapping;

    CycloneDxJsonReader(SbomInput input, boolean validate, boolean lenient) {
        this.input = input;
        this.validate = validate;
        this.lenient = lenient;
        this.builder = new SbomBuilder();
        this.mapping = new CycloneDxJsonMapping(builder);
    }

    Sbom read() throws IOException {
        if (!validate) {
            builder.warn("not schema-validated: the reader was asked to skip validation");
        }
        Validation validation = validate ? new Validation() : null;
        try (JsonParser p = SafeJson.parser(input.content())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "the document is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    if (validation != null) {
                        validation.skeleton.putArray(key);
                    }
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (validation == null) {
                            mapping.element(key, index, p);
                        } else {
                            JsonNode element = SafeJson.mapper().readTree(p);
                            validation.element(key, index, element);
                            mapping.element(key, index, tokens(element));
                        }
                        index++;
                    }
                } else if (validation == null) {
                    mapping.value(key, p);
                } else {
                    JsonNode value = SafeJson.mapper().readTree(p);
                    validation.skeleton.set(key, value);
                    mapping.value(key, tokens(value));
                }
            }
            if (p.nextToken() != null) {
                throw new SbomException(input.file(), "content after the end of the JSON document");
            }
        }
        if (validation != null) {
            validation.check(CycloneDxSchemas.validate(validation.skeleton, input.specVersion()));
            CycloneDxSchemas.reject(input, validation.problems, lenient, builder);
        }
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_JSON, input.specVersion()));
    }

    /** A tree's tokens, standing on its first token as the mapping expects. */
    private static JsonParser tokens(JsonNode node) throws IOException {
        JsonParser tokens = node.traverse();
        tokens.nextToken();
        return tokens;
    }

    /** The skeleton and the problems found so far; strict reading stops at the first element with any. */
    private final class Validation {
        final ObjectNode skeleton = SafeJson.mapper().createObjectNode();
        final List<String> problems = new ArrayList<>();
        /** Per array that the schema wants unique: a digest of each element seen (not the element). */
        private final Map<String, Set<ElementDigest>> seen = new HashMap<>();

        void element(String key, int index, JsonNode element) {
            ObjectNode alone = SafeJson.mapper().createObjectNode();
            alone.put("bomFormat", "CycloneDX");
            alone.put("specVersion", input.specVersion());
            alone.put("version", 1); // required by the 1.2 and 1.3 schemas
            alone.putArray(key).add(element);
            String inPlace = "/" + key + "/0";
            String real = "/" + key + "/" + index;
            if (CycloneDxSchemas.uniqueItems(input.specVersion(), key)
                    && !seen.computeIfAbsent(key, k -> new HashSet<>()).add(ElementDigest.of(element))) {
                check(List.of("/" + key + ": must have only unique items in the array (element " + index
                        + " repeats an earlier one)"));
            }
            check(CycloneDxSchemas.validate(alone, input.specVersion()).stream()
                    .map(problem -> problem.startsWith(inPlace) ? real + problem.substring(inPlace.length()) : problem)
                    .toList());
        }

        void check(List<String> found) {
            problems.addAll(found);
            if (!lenient && !problems.isEmpty()) {
                CycloneDxSchemas.reject(input, problems, false, builder);
            }
        }
    }
}
