package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from a parsed VEX document that fail with the document's origin and the JSON pointer of
 * the offending value, so every reader reports bad content the same way.
 */
final class JsonFields {

    private final String origin;

    JsonFields(String origin) {
        this.origin = origin;
    }

    String origin() {
        return origin;
    }

    VexException fail(String pointer, String message) {
        return new VexException(origin + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }

    /** A string member, absent when missing or null; an error when it is another kind of value. */
    Optional<String> text(JsonNode node, String field, String pointer) throws VexException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw fail(pointer + "/" + escape(field), "expected a string, found " + kind(value));
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String requiredText(JsonNode node, String field, String pointer) throws VexException {
        return text(node, field, pointer)
                .orElseThrow(() -> fail(pointer + "/" + escape(field), "required string is missing or empty"));
    }

    /** An object member, absent when missing or null. */
    Optional<JsonNode> object(JsonNode node, String field, String pointer) throws VexException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw fail(pointer + "/" + escape(field), "expected an object, found " + kind(value));
        }
        return Optional.of(value);
    }

    /** The elements of an array member, empty when missing or null. */
    List<JsonNode> array(JsonNode node, String field, String pointer) throws VexException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(pointer + "/" + escape(field), "expected an array, found " + kind(value));
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** The strings of an array member of strings. */
    List<String> texts(JsonNode node, String field, String pointer) throws VexException {
        List<JsonNode> items = array(node, field, pointer);
        List<String> texts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                throw fail(pointer + "/" + escape(field) + "/" + i, "expected a string, found " + kind(item));
            }
            texts.add(item.textValue().strip());
        }
        return texts;
    }

    /** An RFC 3339 date-time (a bare date is taken as midnight UTC), absent when missing. */
    Optional<Instant> timestamp(JsonNode node, String field, String pointer) throws VexException {
        Optional<String> text = text(node, field, pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                throw fail(
                        pointer + "/" + escape(field),
                        "not an RFC 3339 date-time: '" + text.get() + "' (e.g. 2024-05-01T12:00:00Z)");
            }
        }
    }

    /** A JSON pointer segment for a member name (RFC 6901). */
    static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
