package dev.vigil.engine.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** JSON through Jackson's streaming parser, keeping every token's line and column. */
final class JsonTreeReader {

    private final Path file;
    private final SourceLimits limits;
    private final JsonFactory factory;
    private int nodes;

    JsonTreeReader(Path file, SourceLimits limits) {
        this.file = file;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
    }

    Node parse(String text) throws SourceException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw SourceReader.fail(Location.ofFile(file), "empty-file", "the file holds no JSON value");
            }
            Node root = convert(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw SourceReader.fail(
                        at(parser.currentTokenLocation()),
                        "json-syntax",
                        "JSON syntax error: unexpected content after the end of the document");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw SourceReader.fail(
                    Location.ofFile(file),
                    "too-deep",
                    "the document is nested more than " + limits.maxDepth() + " levels deep");
        } catch (JsonProcessingException e) {
            throw SourceReader.fail(
                    at(e.getLocation()),
                    "json-syntax",
                    "JSON syntax error: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw SourceReader.fail(Location.ofFile(file), "json-syntax", "JSON error: " + e.getMessage());
        }
    }

    private Node convert(JsonParser parser, JsonToken token) throws IOException, SourceException {
        Location location = at(parser.currentTokenLocation());
        if (++nodes > limits.maxNodes()) {
            throw SourceReader.fail(
                    location, "too-many-values", "the document has more than " + limits.maxNodes() + " values");
        }
        switch (token) {
            case START_OBJECT -> {
                List<Node.Entry> entries = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = at(parser.currentTokenLocation());
                    entries.add(new Node.Entry(key, keyLocation, convert(parser, parser.nextToken())));
                }
                return new Node.MapNode(location, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(convert(parser, next));
                }
                return new Node.ListNode(location, items);
            }
            case VALUE_STRING -> {
                return new Node.ScalarNode(location, parser.getText(), Node.ScalarType.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.ScalarNode(location, parser.getText(), Node.ScalarType.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.ScalarNode(location, parser.getText(), Node.ScalarType.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.ScalarNode(location, parser.getText(), Node.ScalarType.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.ScalarNode(location, "null", Node.ScalarType.NULL);
            }
            default -> throw SourceReader.fail(location, "json-syntax", "JSON syntax error: unexpected " + token);
        }
    }

    private Location at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.ofFile(file);
        }
        return new Location(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
