package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * CycloneDX JSON. Documents up to the validation limit are read as one tree, validated against the
 * official schema of their version and mapped from the tree's tokens; larger ones are mapped from
 * the file's tokens as they stream by, so memory grows with the result, not with the document
 * (docs/adr/0003-sbom-import.md).
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
        if (input.size() <= validationLimit) {
            JsonNode root;
            try (JsonParser parser = SafeJson.parser(input.content())) {
                root = SafeJson.mapper().readTree(parser);
                requireEnd(parser);
            }
            CycloneDxSchemas.reject(input, CycloneDxSchemas.validate(root, input.specVersion()), lenient, builder);
            try (JsonParser tokens = root.traverse()) {
                mapping.document(tokens);
            }
        } else {
            builder.warn("not schema-validated: the file is " + SbomInput.mib(input.size())
                    + ", above the validation limit of " + SbomInput.mib(validationLimit) + "; read by streaming");
            try (JsonParser parser = SafeJson.parser(input.content())) {
                mapping.document(parser);
                requireEnd(parser);
            }
        }
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_JSON, input.specVersion()));
    }

    private void requireEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new SbomException(input.file(), "content after the end of the JSON document");
        }
    }
}
