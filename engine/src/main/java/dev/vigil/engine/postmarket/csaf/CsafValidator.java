package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates CSAF 2.0 documents natively: the JSON schema (Errata 01) and the mandatory tests of section 6.1 that
 * {@link #MANDATORY_TESTS} lists; each failure with its JSON pointer. Tests not listed are not run, and
 * the result says so rather than calling the document fully valid.
 */
public final class CsafValidator {

    /** The section 6.1 tests this validator runs (6.1.9 for CVSS v3 base scores and severities and CVSS v2 base and temporal scores). */
    public static final List<String> MANDATORY_TESTS = List.of(
            "6.1.1",
            "6.1.2",
            "6.1.4",
            "6.1.5",
            "6.1.6",
            "6.1.7",
            "6.1.9",
            "6.1.14",
            "6.1.16",
            "6.1.17",
            "6.1.18",
            "6.1.20",
            "6.1.21",
            "6.1.22",
            "6.1.23",
            "6.1.24",
            "6.1.25",
            "6.1.27.4",
            "6.1.27.5",
            "6.1.27.6",
            "6.1.27.7",
            "6.1.27.8",
            "6.1.27.9",
            "6.1.27.10",
            "6.1.27.11",
            "6.1.29",
            "6.1.32");

    /**
     * A repeated key is refused, as every other JSON reader of Vigil refuses it: a validator that kept the
     * last of two titles would call valid a document another consumer reads with the first.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads and validates one file.
     *
     * @throws InputException when the file cannot be read or is not JSON (placed {@code file:line:column})
     */
    public List<CsafProblem> validate(Path file) {
        String text;
        try {
            text = new SourceReader().readText(file);
        } catch (SourceException e) {
            throw e;
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            Location where = at == null || at.getLineNr() < 1
                    ? Location.ofFile(file)
                    : new Location(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
            throw new InputException(
                    List.of(Diagnostic.error(where, "not-json", "not JSON: " + e.getOriginalMessage())));
        }
        return validate(doc);
    }

    /** The problems of a parsed document: schema first, then the mandatory tests. */
    public List<CsafProblem> validate(JsonNode doc) {
        List<CsafProblem> out = new ArrayList<>(CsafSchema.validate(doc));
        if (!doc.isObject()) {
            return out;
        }
        ProductTests.run(doc, out);
        DocumentTests.run(doc, out);
        return out;
    }
}
