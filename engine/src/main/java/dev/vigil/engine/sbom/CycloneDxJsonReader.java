package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * CycloneDX JSON. Documents up to the validation limit are read as one tree, validated against the
 * official schema of their version and mapped; larger ones are streamed one top-level element at a
 * time so memory grows with the result, not with the document (docs/adr/sbom-import.md).
 */
final class CycloneDxJsonReader {
    private final SbomInput input;
    private final long validationLimit;
    private final boolean lenient;
    private final SbomBuilder builder;
    private final CycloneDxJsonMapping mapping;

    CycloneDxJsonReader(SbomInput input, long validationLimit, boolean lenient) {
        this.input = input;
        this.validationLimit = validationLimit;
        this.lenient = lenient;
        this.builder = new SbomBuilder();
        this.mapping = new CycloneDxJsonMapping(builder);
    }

    Sbom read() throws IOException {
        return input.size() <= validationLimit ? readValidated() : readStreaming();
    }

    private Sbom readValidated() throws IOException {
        JsonNode root;
        try (JsonParser parser = SafeJson.parser(input.file())) {
            root = SafeJson.MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new SbomException(input.file(), "content after the end of the JSON document");
            }
        }
        List<String> problems = CycloneDxSchemas.validate(root, input.specVersion());
        CycloneDxSchemas.reject(input, problems, lenient, builder);
        mapping.metadata(root.get("metadata"));
        int index = 0;
        for (JsonNode component : root.path("components")) {
            mapping.component(component, "components[" + index++ + "]");
        }
        root.path("dependencies").forEach(mapping::dependency);
        return builder.build(mapping.metadata(
                SbomFormat.CYCLONEDX_JSON, input.specVersion(), CycloneDxJsonMapping.text(root, "serialNumber")));
    }

    private Sbom readStreaming() throws IOException {
        builder.warn("not schema-validated: the file is " + SbomInput.mib(input.size())
                + ", above the validation limit of " + SbomInput.mib(validationLimit) + "; read by streaming");
        String serialNumber = null;
        try (JsonParser parser = SafeJson.parser(input.file())) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "the document");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "serialNumber" -> serialNumber = value.isScalarValue() ? parser.getText() : null;
                    case "metadata" -> mapping.metadata(parser.readValueAsTree());
                    case "components" -> {
                        expect(parser, value, JsonToken.START_ARRAY, "components");
                        int index = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode component = parser.readValueAsTree();
                            requireComponent(component, index);
                            mapping.component(component, "components[" + index++ + "]");
                        }
                    }
                    case "dependencies" -> {
                        expect(parser, value, JsonToken.START_ARRAY, "dependencies");
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            mapping.dependency(parser.readValueAsTree());
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new SbomException(input.file(), "content after the end of the JSON document");
            }
        }
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_JSON, input.specVersion(), serialNumber));
    }

    /** Without the schema, the streaming path still insists on what the mapping relies on. */
    private void requireComponent(JsonNode component, int index) {
        if (!component.isObject()) {
            throw new SbomException(input.file(), "components[" + index + "] is not an object");
        }
        if (CycloneDxJsonMapping.text(component, "name") == null) {
            throw new SbomException(input.file(), "components[" + index + "] has no name");
        }
    }

    private void expect(JsonParser parser, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new SbomException(
                    input.file(),
                    what + " at line " + parser.currentLocation().getLineNr() + " is "
                            + (actual == null
                                    ? "missing"
                                    : actual.asString() == null ? actual.name() : actual.asString())
                            + ", expected " + expected.asString());
        }
    }
}
