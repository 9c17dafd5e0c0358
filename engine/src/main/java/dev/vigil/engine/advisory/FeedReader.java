package dev.vigil.engine.advisory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

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
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
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
     * YAML is read with every plain scalar as a string: OSV versions such as {@code 1.10} must not turn
     * into the number 1.1, and dates stay text for the same parser as JSON.
     */
    private void readYaml(String where, byte[] content) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(false);
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {}
        };
        Yaml yaml = new Yaml(
                new SafeConstructor(options),
                new Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(),
                options,
                stringsOnly);
        Object loaded;
        try {
            loaded = yaml.load(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            sink.skipped(
                    where,
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (!(loaded instanceof Map<?, ?>)) {
            sink.skipped(where, "not a YAML mapping");
            return;
        }
        dispatch(where, json.valueToTree(loaded));
    }
}
