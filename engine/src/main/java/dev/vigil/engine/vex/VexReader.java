package dev.vigil.engine.vex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a VEX document in any supported format, recognised by its content rather than its file name:
 * CycloneDX ({@code bomFormat}), OpenVEX ({@code @context}) or CSAF with category {@code csaf_vex}.
 */
public final class VexReader {

    /** Far above any real VEX document (the largest public ones are a few MB), far below the heap. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** CSAF product trees nest a few levels per branch; a hundred is generous and stops stack attacks. */
    static final int MAX_DEPTH = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private VexReader() {}

    /** Reads one file; the exception's message names the file and the place in it. */
    public static VexDocument read(Path file) throws VexException {
        String origin = file.toString();
        if (Files.isDirectory(file)) {
            throw new VexException(origin + ": is a directory, not a VEX file");
        }
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(origin, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Pipes and devices have no size up front: read one byte past the limit to notice.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new VexException(origin + ": file not found");
        } catch (AccessDeniedException e) {
            throw new VexException(origin + ": cannot read the file: permission denied");
        } catch (IOException e) {
            throw new VexException(origin + ": cannot read the file: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(origin, bytes.length);
        }
        return read(origin, bytes);
    }

    /** Reads a document held in memory; {@code origin} names it in messages and provenance. */
    public static VexDocument read(String origin, byte[] json) throws VexException {
        JsonNode root = parse(origin, json);
        JsonFields fields = new JsonFields(origin);
        if (!root.isObject()) {
            throw fields.fail(
                    "",
                    "a VEX document is a JSON object, this is "
                            + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return switch (detect(root, fields)) {
            case CYCLONEDX -> new CycloneDxVexReader(fields).read(root);
            case OPENVEX -> new OpenVexReader(fields).read(root);
            case CSAF -> new CsafVexReader(fields).read(root);
        };
    }

    static VexFormat detect(JsonNode root, JsonFields fields) throws VexException {
        if (root.has("bomFormat")) {
            String format = fields.text(root, "bomFormat", "").orElse("");
            if (!format.equals("CycloneDX")) {
                throw fields.fail("/bomFormat", "expected \"CycloneDX\", found \"" + format + "\"");
            }
            if (!root.has("vulnerabilities")) {
                throw fields.fail("", "a CycloneDX BOM without 'vulnerabilities' is an SBOM, not a VEX document");
            }
            return VexFormat.CYCLONEDX;
        }
        JsonNode context = root.get("@context");
        if (context != null) {
            if (context.isTextual() && context.textValue().startsWith("https://openvex.dev/ns")) {
                return VexFormat.OPENVEX;
            }
            throw fields.fail("/@context", "not an OpenVEX context (https://openvex.dev/ns/...): " + context);
        }
        JsonNode document = root.get("document");
        if (document != null && document.isObject() && document.has("csaf_version")) {
            String category = fields.text(document, "category", "/document").orElse("");
            if (!category.equals("csaf_vex")) {
                throw fields.fail(
                        "/document/category",
                        "a CSAF document of category '" + category + "', not a 'csaf_vex' document");
            }
            return VexFormat.CSAF;
        }
        throw fields.fail(
                "",
                "not a VEX document: expected CycloneDX ('bomFormat'), OpenVEX ('@context') or CSAF"
                        + " ('document.csaf_version')");
    }

    private static JsonNode parse(String origin, byte[] json) throws VexException {
        if (json.length == 0) {
            throw new VexException(origin + ": the file is empty");
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new VexException(origin + ": the file holds no JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new VexException(at(origin, e.getLocation()) + ": the document exceeds Vigil's limits (nested more"
                    + " than " + MAX_DEPTH + " levels, or a value too long)");
        } catch (JsonProcessingException e) {
            String reason =
                    String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new VexException(at(origin, e.getLocation()) + ": JSON syntax error: " + reason);
        } catch (IOException e) {
            throw new VexException(origin + ": cannot read JSON: " + e.getMessage());
        }
    }

    private static String at(String origin, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return origin;
        }
        return origin + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    private static VexException tooLarge(String origin, long size) {
        return new VexException(String.format(
                Locale.ROOT, "%s: the file is too large (%,d bytes; the limit is %,d bytes)", origin, size, MAX_BYTES));
    }
}
