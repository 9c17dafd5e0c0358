package dev.vigil.engine.advisory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises the feed format of one document by its content (and its extension for YAML and CSV) and
 * hands the records to a {@link FeedSink}. A malformed record is reported and skipped; the other records
 * of the same document still import.
 */
final class FeedReader {
    private final ObjectMapper json = FeedJson.mapper();
    private final FeedSink sink;

    FeedReader(FeedSink sink) {
        this.sink = sink;
    }

    /** Whether a file found while walking a directory is worth reading. */
    static boolean looksLikeFeed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".csv");
    }

    void read(String where, byte[] content) {
        String lower = where.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            readYaml(where, content);
        } else if (lower.endsWith(".csv")) {
            if (KevFeed.isCsv(content)) {
                KevFeed.csv(where, content, sink);
            } else {
                EpssCsv.read(where, content, sink);
            }
        } else {
            readJson(where, content);
        }
    }

    private void readJson(String where, byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            sink.skipped(where, "not valid JSON: " + e.getOriginalMessage() + location(e));
            return;
        } catch (IOException e) {
            sink.skipped(where, "cannot read: " + e.getMessage());
            return;
        }
        if (root == null || !root.isObject()) {
            sink.skipped(where, "not a JSON object");
            return;
        }
        dispatch(where, root);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private void dispatch(String where, JsonNode root) {
        if (root.path("document").has("csaf_version")) {
            advisory(where, root, Format.CSAF);
        } else if (root.has("vulnerabilities") && !root.get("vulnerabilities").isArray()) {
            sink.skipped(where, "'vulnerabilities' is not a list");
        } else if (root.has("catalogVersion") && root.has("vulnerabilities")) {
            KevFeed.json(where, root, sink);
        } else if (root.has("vulnerabilities") && "NVD_CVE".equals(Nodes.text(root, "format"))
                || root.path("vulnerabilities").path(0).has("cve")) {
            int index = 0;
            for (JsonNode item : root.get("vulnerabilities")) {
                String itemWhere = where + "#vulnerabilities[" + index++ + "]";
                advisory(itemWhere, item.path("cve"), Format.NVD);
            }
        } else if (root.has("CVE_Items")) {
            sink.skipped(where, "NVD 1.1 JSON feeds are retired; use CVE API 2.0 JSON");
        } else if (root.has("dataType") && "CVE_RECORD".equals(Nodes.text(root, "dataType"))) {
            sink.skipped(where, "CVE JSON 5 records are not an advisory feed Vigil imports; use NVD or OSV");
        } else if (root.has("cve") && root.get("cve").isObject()) {
            advisory(where, root.get("cve"), Format.NVD);
        } else if (root.has("sourceIdentifier") || root.has("vulnStatus")) {
            advisory(where, root, Format.NVD);
        } else if (root.has("id") && (root.has("modified") || root.has("affected") || root.has("schema_version"))) {
            advisory(where, root, Format.OSV);
        } else {
            sink.skipped(where, "not a recognised advisory format (OSV, NVD CVE API 2.0, CSAF 2.0, KEV)");
        }
    }

    /** One element of a streamed {@code vulnerabilities[]} array: an NVD item or a KEV entry. */
    void item(String where, JsonNode item) {
        if (item.path("cve").isObject()) {
            advisory(where, item.get("cve"), Format.NVD);
        } else if (item.has("cveID")) {
            KevFeed.jsonEntry(where, item, sink);
        } else {
            sink.problem(where, "neither an NVD item ('cve') nor a KEV entry ('cveID')");
        }
    }

    private enum Format {
        OSV,
        NVD,
        CSAF
    }

    private void advisory(String where, JsonNode node, Format format) {
        try {
            Advisory advisory =
                    switch (format) {
                        case OSV -> OsvParser.parse(node);
                        case NVD -> NvdParser.parse(node);
                        case CSAF -> CsafParser.parse(node);
                    };
            sink.advisory(where, advisory);
        } catch (MalformedRecordException e) {
            sink.rejected(where, e.getMessage());
        } catch (RuntimeException e) {
            // A feed value our records refuse (blank id, ...) is bad input, not a crash.
            sink.rejected(where, "malformed record: " + e.getMessage());
        }
    }

    /**
     * YAML goes through the located reader like every other YAML input, and every scalar is handed on as the
     * text it was written as: OSV versions such as {@code 1.10} must not turn into the number 1.1, and dates
     * stay text for the same parser as JSON.
     */
    private void readYaml(String where, byte[] content) {
        Node root;
        try {
            root = new SourceReader()
                    .parseYaml(java.nio.file.Path.of("feed.yaml"), new String(content, StandardCharsets.UTF_8));
        } catch (SourceException e) {
            Diagnostic d = e.diagnostic();
            sink.skipped(
                    where,
                    "not valid YAML: " + d.message() + " (line " + d.location().line() + ", column "
                            + d.location().column() + ")");
            return;
        }
        if (!(root instanceof Node.MapNode)) {
            sink.skipped(where, "not a YAML mapping");
            return;
        }
        try {
            dispatch(where, asText(root));
        } catch (IllegalArgumentException e) {
            sink.skipped(where, "not valid YAML: " + e.getMessage());
        }
    }

    /** The tree as JSON with every scalar as its written text; a duplicate key is refused. */
    private JsonNode asText(Node node) {
        if (node instanceof Node.MapNode map) {
            ObjectNode object = json.createObjectNode();
            for (Node.Entry e : map.entries()) {
                if (object.has(e.key())) {
                    throw new IllegalArgumentException("duplicate key '" + e.key() + "' (line "
                            + e.keyLocation().line() + ")");
                }
                object.set(e.key(), asText(e.value()));
            }
            return object;
        }
        if (node instanceof Node.ListNode list) {
            ArrayNode array = json.createArrayNode();
            list.items().forEach(item -> array.add(asText(item)));
            return array;
        }
        return TextNode.valueOf(((Node.ScalarNode) node).text());
    }
}
