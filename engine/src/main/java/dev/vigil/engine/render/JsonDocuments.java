package dev.vigil.engine.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one home of the settings with which Vigil writes its own JSON documents (report.json, compliance, scan,
 * catalog, case, MDS2, SBOM views...). Each document is a tree of immutable records, one record type per JSON
 * object; this mapper turns them into text, so the server can return the same records from its REST API.
 *
 * <ul>
 *   <li>Field order: as the record declares its components (never alphabetical), because the order is part of
 *       the contract readers diff against.
 *   <li>Nulls: written ({@code "version" : null}) so that "not stated" is visible, never silence; a field that
 *       is left out when absent says so on itself with {@code @JsonInclude(NON_NULL)} or {@code NON_EMPTY}.
 *   <li>Dates: {@code java.time} values as ISO-8601 text ({@code 2026-11-10}), never timestamps.
 *   <li>Output: indented with Jackson's default printer.
 * </ul>
 *
 * External formats with their own schemas (CycloneDX, OpenVEX, CSAF, SARIF) keep their own writers.
 */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            // A document stored by an older Vigil may carry a field the records have dropped since.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonDocuments() {}

    /** The document as indented JSON text, without a trailing line break. */
    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The document as a JSON tree, for a caller that embeds it in a format of its own (SARIF properties). */
    public static JsonNode tree(Object document) {
        return MAPPER.valueToTree(document);
    }

    /**
     * Reads a document this class wrote back into its records (the server stores report.json and returns
     * its parts): a field the records lack is ignored, one the text lacks is null.
     *
     * @throws IllegalArgumentException when {@code json} is not such a document
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not a " + type.getSimpleName() + " document: " + e.getOriginalMessage(), e);
        }
    }
}
