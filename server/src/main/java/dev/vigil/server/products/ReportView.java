package dev.vigil.server.products;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.report.ReportDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release's stored report.json, read back: the same parts the CLI writes, with the server's decisions
 * laid over the findings. The stored text itself never changes.
 */
final class ReportView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> tree;

    private ReportView(Map<String, Object> tree) {
        this.tree = tree;
    }

    static ReportView of(String reportJson) {
        try {
            return new ReportView(JSON.readValue(reportJson, new TypeReference<Map<String, Object>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report.json does not parse", e);
        }
    }

    /** A stored report.json as the engine's records, for the API to return parts of it as they are. */
    static ReportDocument document(String reportJson) {
        try {
            return JsonDocuments.read(reportJson, ReportDocument.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored report.json does not parse", e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> part(String name) {
        Object value = tree.get(name);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String name) {
        Object value = tree.get(name);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    Object raw(String name) {
        return tree.get(name);
    }

    List<String> findingIds() {
        return list("findings").stream().map(f -> (String) f.get("id")).toList();
    }

    /** The findings, each with {@code decision} (or null) and {@code effectiveStatus}. */
    List<Map<String, Object>> findings(Map<String, ReleaseStore.Decision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> f : list("findings")) {
            Map<String, Object> copy = new LinkedHashMap<>(f);
            ReleaseStore.Decision d = decisions.get((String) f.get("id"));
            copy.put("decision", d == null ? null : decision(d));
            copy.put("effectiveStatus", d == null ? f.get("status") : d.status());
            out.add(copy);
        }
        return out;
    }

    static Map<String, Object> decision(ReleaseStore.Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", d.status());
        m.put("justification", d.justification());
        m.put("decidedBy", d.decidedBy());
        m.put("decidedAt", d.decidedAt().toString());
        m.put("carriedFrom", d.carriedFrom().orElse(null));
        return m;
    }

    /** Open findings by severity, after the decisions. */
    Map<String, Integer> openBySeverity(Map<String, ReleaseStore.Decision> decisions) {
        return digest().openBySeverity(decisions);
    }

    /** What a portfolio row needs of a report, small enough to keep in memory for every latest release. */
    record Digest(
            List<FindingStatus> findings,
            Object uncontrolled,
            Optional<Integer> complianceGaps,
            Map<String, Object> vulnerabilities) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record FindingStatus(String id, String severity, String status) {}

        /** Open findings by severity, after the decisions. */
        Map<String, Integer> openBySeverity(Map<String, ReleaseStore.Decision> decisions) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (FindingStatus f : findings) {
                ReleaseStore.Decision d = decisions.get(f.id());
                if ("open".equals(d == null ? f.status() : d.status())) {
                    counts.merge(f.severity(), 1, Integer::sum);
                }
            }
            return counts;
        }
    }

    /** The parts of report.json a digest reads; Jackson skips every other field without building it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record DigestParts(
            List<Digest.FindingStatus> findings,
            Map<String, Object> summary,
            Map<String, Object> complianceSummary,
            Map<String, Object> vulnerabilitySummary) {}

    /**
     * The digest of a stored report.json without reading the rest of it into memory: what the summary of a
     * release stored before V5 and a decision's check need, several times faster than {@link #of} for a
     * report with thousands of findings and vulnerabilities.
     */
    static Digest digestOf(String reportJson) {
        DigestParts parts;
        try {
            parts = JSON.readValue(reportJson, DigestParts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report.json does not parse", e);
        }
        Map<String, Object> summary = parts.summary() == null ? Map.of() : parts.summary();
        return new Digest(
                parts.findings() == null ? List.of() : parts.findings(),
                summary.get("uncontrolled"),
                complianceGaps(parts.complianceSummary() == null ? Map.of() : parts.complianceSummary()),
                parts.vulnerabilitySummary() == null ? Map.of() : parts.vulnerabilitySummary());
    }

    Digest digest() {
        List<Digest.FindingStatus> findings = list("findings").stream()
                .map(f -> new Digest.FindingStatus(
                        (String) f.get("id"), String.valueOf(f.get("severity")), String.valueOf(f.get("status"))))
                .toList();
        return new Digest(
                findings, part("summary").get("uncontrolled"), complianceGaps(), part("vulnerabilitySummary"));
    }

    /** Requirements with a gap, over every framework; empty when compliance was not judged. */
    Optional<Integer> complianceGaps() {
        return complianceGaps(part("complianceSummary"));
    }

    private static Optional<Integer> complianceGaps(Map<String, Object> byFramework) {
        if (byFramework.isEmpty()) {
            return Optional.empty();
        }
        int gaps = 0;
        for (Object counts : byFramework.values()) {
            if (counts instanceof Map<?, ?> m && m.get("gap") instanceof Number n) {
                gaps += n.intValue();
            }
        }
        return Optional.of(gaps);
    }
}
