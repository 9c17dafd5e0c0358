package dev.vigil.engine.sbom;

import static dev.vigil.engine.sbom.JsonTokens.array;
import static dev.vigil.engine.sbom.JsonTokens.pair;
import static dev.vigil.engine.sbom.JsonTokens.scalar;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * SPDX 2.2/2.3 JSON, mapped from the parser's tokens as they stream by: one package object at a time
 * becomes a component, so a 100,000-package document needs memory for its components, not for a model
 * of the whole document. Duplicate keys, nesting and sizes are refused as for every SBOM ({@link SafeJson}).
 */
final class SpdxJsonReader {
    private final SbomInput input;
    private final SpdxMapping mapping;

    SpdxJsonReader(SbomInput input) {
        this.input = input;
        this.mapping = new SpdxMapping(input);
    }

    Sbom read() throws IOException {
        try (JsonParser p = SafeJson.parser(input.content())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "the document is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "SPDXID" -> mapping.documentId = scalarOr(p, mapping.documentId);
                    case "name" -> mapping.name = scalar(p);
                    case "documentNamespace" -> mapping.namespace = scalar(p);
                    case "creationInfo" -> creationInfo(p, value);
                    case "documentDescribes" -> {
                        for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            mapping.describes(scalar(p));
                        }
                    }
                    case "packages" -> {
                        for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            packageObject(p);
                        }
                    }
                    case "relationships" -> {
                        for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            relationship(p);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new SbomException(input.file(), "content after the end of the JSON document");
            }
        }
        return mapping.build();
    }

    private void creationInfo(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "created" -> mapping.created = scalar(p);
                case "creators" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        mapping.creator(scalar(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private void packageObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "a package is " + p.currentToken() + ", expected a JSON object");
        }
        SpdxPackageDraft pkg = new SpdxPackageDraft();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "SPDXID" -> pkg.id(scalar(p));
                case "name" -> pkg.name(scalar(p));
                case "versionInfo" -> pkg.version(scalar(p));
                case "supplier" -> pkg.supplier(scalar(p));
                case "originator" -> pkg.originator(scalar(p));
                case "primaryPackagePurpose" -> pkg.purpose(scalar(p));
                case "validUntilDate" -> pkg.validUntil(scalar(p));
                case "licenseConcluded" -> pkg.licenseConcluded(scalar(p));
                case "licenseDeclared" -> pkg.licenseDeclared(scalar(p));
                case "externalRefs" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        String[] ref = pair(p, "referenceType", "referenceLocator");
                        pkg.externalRef(ref[0], ref[1]);
                    }
                }
                case "checksums" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        String[] checksum = pair(p, "algorithm", "checksumValue");
                        pkg.checksum(checksum[0], checksum[1]);
                    }
                }
                case "annotations" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        pkg.annotation(pair(p, "comment", "comment")[0]);
                    }
                }
                default -> p.skipChildren();
            }
        }
        mapping.add(pkg);
    }

    private void relationship(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String from = null;
        String type = null;
        String to = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "spdxElementId" -> from = scalar(p);
                case "relationshipType" -> type = scalar(p);
                case "relatedSpdxElement" -> to = scalar(p);
                default -> p.skipChildren();
            }
        }
        mapping.relationship(from, type, to);
    }

    private static String scalarOr(JsonParser p, String fallback) throws IOException {
        String value = scalar(p);
        return value == null ? fallback : value;
    }
}
