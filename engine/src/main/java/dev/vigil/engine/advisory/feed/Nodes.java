package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reading optional fields of feed JSON without a null check at every step. */
final class Nodes {
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]xx");

    private Nodes() {}

    /** The text of a scalar field, or null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    static String required(JsonNode node, String field, String what) throws MalformedRecordException {
        String value = text(node, field);
        if (value == null) {
            throw new MalformedRecordException("missing " + what);
        }
        return value;
    }

    static Double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    /** The elements of an array field; an absent field is empty, a non-array is malformed. */
    static List<JsonNode> array(JsonNode node, String field) throws MalformedRecordException {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedRecordException("'" + field + "' is not a list");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    static List<String> texts(JsonNode node, String field) throws MalformedRecordException {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(node, field)) {
            if (item.isValueNode() && !item.asText().isBlank()) {
                texts.add(item.asText());
            }
        }
        return texts;
    }

    static void forEachIn(JsonNode node, String field, Consumer<JsonNode> action) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(action);
        }
    }

    /**
     * Feeds write timestamps in several ways: RFC 3339 (OSV, CSAF), without zone (NVD, meant as UTC),
     * date only. Null when absent.
     */
    static Instant instant(JsonNode node, String field) throws MalformedRecordException {
        String text = text(node, field);
        return text == null ? null : instant(text, field);
    }

    static Instant instant(String text, String field) throws MalformedRecordException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    try {
                        return OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant();
                    } catch (DateTimeParseException e) {
                        throw new MalformedRecordException("'" + field + "' is not a timestamp: " + text);
                    }
                }
            }
        }
    }
}
