package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.advisory.KnownExploited;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CISA KEV catalog in its two published forms, JSON and CSV, which must give the same entries. */
final class KevFeed {
    private static final String CSV_HEADER = "cveID,";

    private KevFeed() {}

    static void json(String where, JsonNode root, FeedSink sink) {
        int index = 0;
        for (JsonNode entry : root.path("vulnerabilities")) {
            jsonEntry(where + "#vulnerabilities[" + index++ + "]", entry, sink);
        }
    }

    static void jsonEntry(String where, JsonNode entry, FeedSink sink) {
        Map<String, String> fields = new HashMap<>();
        entry.properties().forEach(field -> fields.put(field.getKey(), Nodes.text(entry, field.getKey())));
        entry(where, fields, sink);
    }

    static boolean isCsv(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8);
        return start.stripLeading().replace("\uFEFF", "").startsWith(CSV_HEADER);
    }

    static void csv(String where, byte[] content, FeedSink sink) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows;
        try {
            rows = rows(text);
        } catch (IllegalArgumentException e) {
            sink.skipped(where, "not a readable CSV file: " + e.getMessage());
            return;
        }
        List<String> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < Math.min(header.size(), row.size()); c++) {
                fields.put(header.get(c), row.get(c).isBlank() ? null : row.get(c));
            }
            entry(where + "#row " + r, fields, sink);
        }
    }

    private static void entry(String where, Map<String, String> fields, FeedSink sink) {
        String cve = fields.get("cveID");
        if (cve == null || !cve.startsWith("CVE-")) {
            sink.problem(where, "KEV entry without a CVE id");
            return;
        }
        try {
            sink.knownExploited(
                    where,
                    new KnownExploited(
                            cve,
                            fields.get("vendorProject"),
                            fields.get("product"),
                            fields.get("vulnerabilityName"),
                            date(fields.get("dateAdded")),
                            date(fields.get("dueDate")),
                            "Known".equalsIgnoreCase(fields.get("knownRansomwareCampaignUse")),
                            fields.get("requiredAction")));
        } catch (DateTimeParseException e) {
            sink.problem(where, cve + ": bad date " + e.getParsedString());
        }
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** RFC 4180: quoted fields may hold commas, line breaks and doubled quotes. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty file");
        }
        return rows;
    }
}
