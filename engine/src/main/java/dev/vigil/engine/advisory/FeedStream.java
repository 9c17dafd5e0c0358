package dev.vigil.engine.advisory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * Reads a large JSON feed element by element: NVD yearly feeds ({@code nvdcve-2.0-2024.json.gz}, several
 * hundred MB uncompressed) and the KEV catalog keep their records in one {@code vulnerabilities[]}
 * array, so only one element is ever a tree in memory. Other top-level fields are skipped.
 */
final class FeedStream {
    private static final ObjectMapper MAPPER = FeedJson.mapper();

    private FeedStream() {}

    /**
     * Hands each element of the top-level {@code vulnerabilities} array to {@code item} (named
     * {@code where#vulnerabilities[i]}); reports the file to {@code skipped} when it is not such a feed.
     */
    static void items(
            String where, InputStream in, BiConsumer<String, JsonNode> item, BiConsumer<String, String> skipped)
            throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                skipped.accept(where, "not a JSON object");
                return;
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("vulnerabilities".equals(field) && value != JsonToken.START_ARRAY) {
                    skipped.accept(where, "'vulnerabilities' is not a list");
                    return;
                }
                if ("vulnerabilities".equals(field)) {
                    found = true;
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode element = MAPPER.readTree(parser);
                        item.accept(where + "#vulnerabilities[" + index++ + "]", element);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
                skipped.accept(
                        where,
                        "a JSON file this large is read only as an NVD or KEV feed "
                                + "(a top-level 'vulnerabilities' list), and this one has none");
            }
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            skipped.accept(
                    where, "not valid JSON: " + e.getOriginalMessage() + at + "; nothing from this file is imported");
        }
    }
}
