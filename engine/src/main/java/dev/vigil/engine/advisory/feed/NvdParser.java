package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CpeConfiguration;
import dev.vigil.engine.advisory.Reference;
import dev.vigil.engine.advisory.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one NVD CVE API 2.0 {@code cve} object into an {@link Advisory}. */
final class NvdParser {
    /** NVD metric arrays and the OSV severity type each holds; newest CVSS first. */
    private static final Map<String, String> METRICS = new java.util.LinkedHashMap<>();

    static {
        METRICS.put("cvssMetricV40", "CVSS_V4");
        METRICS.put("cvssMetricV31", "CVSS_V3");
        METRICS.put("cvssMetricV30", "CVSS_V3");
        METRICS.put("cvssMetricV2", "CVSS_V2");
    }

    private NvdParser() {}

    static Advisory parse(JsonNode cve) throws MalformedRecordException {
        if (!cve.isObject()) {
            throw new MalformedRecordException("an NVD 'cve' must be an object");
        }
        String id = Nodes.required(cve, "id", "'id'");
        if (!id.startsWith("CVE-")) {
            throw new MalformedRecordException("'" + id + "' is not a CVE id");
        }
        try {
            var modified = Nodes.instant(cve, "lastModified");
            if (modified == null) {
                throw new MalformedRecordException("missing 'lastModified'");
            }
            // NVD keeps rejected CVEs in the feed; they must stop matching like a withdrawn OSV record.
            boolean rejected = "Rejected".equalsIgnoreCase(Nodes.text(cve, "vulnStatus"));
            List<CpeConfiguration> configurations = new ArrayList<>();
            for (JsonNode configuration : Nodes.array(cve, "configurations")) {
                configurations.add(configuration(configuration));
            }
            List<Reference> references = new ArrayList<>();
            for (JsonNode ref : Nodes.array(cve, "references")) {
                if (Nodes.text(ref, "url") != null) {
                    List<String> tags = Nodes.texts(ref, "tags");
                    references.add(
                            new Reference(tags.isEmpty() ? null : String.join(",", tags), Nodes.text(ref, "url")));
                }
            }
            return new Advisory(
                    id,
                    AdvisorySource.NVD,
                    List.of(),
                    Nodes.instant(cve, "published"),
                    modified,
                    rejected ? modified : null,
                    null,
                    englishDescription(cve),
                    severities(cve.path("metrics")),
                    List.of(),
                    configurations,
                    List.of(),
                    List.of(),
                    references,
                    cwes(cve));
        } catch (MalformedRecordException e) {
            throw new MalformedRecordException(id + ": " + e.getMessage());
        }
    }

    private static String englishDescription(JsonNode cve) throws MalformedRecordException {
        for (JsonNode description : Nodes.array(cve, "descriptions")) {
            if ("en".equals(Nodes.text(description, "lang"))) {
                return Nodes.text(description, "value");
            }
        }
        return null;
    }

    private static List<Severity> severities(JsonNode metrics) throws MalformedRecordException {
        List<Severity> severities = new ArrayList<>();
        for (var metric : METRICS.entrySet()) {
            for (JsonNode entry : Nodes.array(metrics, metric.getKey())) {
                JsonNode data = entry.path("cvssData");
                String vector = Nodes.text(data, "vectorString");
                if (vector != null) {
                    String origin = Nodes.text(entry, "source");
                    String type = Nodes.text(entry, "type");
                    severities.add(new Severity(
                            metric.getValue(),
                            vector,
                            Nodes.number(data, "baseScore"),
                            type == null ? origin : origin + " (" + type + ")"));
                }
            }
        }
        return severities;
    }

    private static List<String> cwes(JsonNode cve) throws MalformedRecordException {
        Set<String> cwes = new LinkedHashSet<>();
        for (JsonNode weakness : Nodes.array(cve, "weaknesses")) {
            for (JsonNode description : Nodes.array(weakness, "description")) {
                String value = Nodes.text(description, "value");
                if (value != null && value.startsWith("CWE-")) {
                    cwes.add(value);
                }
            }
        }
        return List.copyOf(cwes);
    }

    private static CpeConfiguration configuration(JsonNode configuration) throws MalformedRecordException {
        List<CpeConfiguration.Node> nodes = new ArrayList<>();
        for (JsonNode node : Nodes.array(configuration, "nodes")) {
            List<CpeConfiguration.Criterion> matches = new ArrayList<>();
            for (JsonNode match : Nodes.array(node, "cpeMatch")) {
                String criteria = Nodes.required(match, "criteria", "cpeMatch 'criteria'");
                if (!criteria.startsWith("cpe:2.3:")) {
                    throw new MalformedRecordException("cpeMatch criteria is not CPE 2.3: " + criteria);
                }
                matches.add(new CpeConfiguration.Criterion(
                        criteria,
                        match.path("vulnerable").asBoolean(false),
                        Nodes.text(match, "versionStartIncluding"),
                        Nodes.text(match, "versionStartExcluding"),
                        Nodes.text(match, "versionEndIncluding"),
                        Nodes.text(match, "versionEndExcluding"),
                        Nodes.text(match, "matchCriteriaId")));
            }
            nodes.add(new CpeConfiguration.Node(
                    Nodes.text(node, "operator"), node.path("negate").asBoolean(false), matches));
        }
        return new CpeConfiguration(
                Nodes.text(configuration, "operator"),
                configuration.path("negate").asBoolean(false),
                nodes);
    }
}
