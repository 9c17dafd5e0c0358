package dev.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.scan.PriorityBand;
import dev.vigil.engine.scan.ScanJson;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.VulnerabilityFinding;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON and SARIF 2.1.0 forms of a scan result. */
final class ScanReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScanReport() {}

    static String json(ScanResult result, boolean showSuppressed) {
        return write(ScanJson.document(result, showSuppressed));
    }

    /** SARIF; with {@code showSuppressed} the suppressed findings too, each with an external suppression. */
    static String sarif(ScanResult result, Path input, boolean showSuppressed) {
        List<VulnerabilityFinding> findings = showSuppressed ? result.findings() : result.reported();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vigil");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (VulnerabilityFinding f : findings) {
            if (ruleIndex.containsKey(f.id())) {
                continue;
            }
            ruleIndex.put(f.id(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", f.id());
            rule.putObject("shortDescription").put("text", summaryOf(f));
            f.cvss().ifPresent(c -> rule.putObject("properties").put("security-severity", String.valueOf(c.score())));
        }
        // SARIF has no place for "what was not checked"; run properties carry it (SARIF 2.1.0, 3.8).
        run.putObject("properties").set("coverage", dev.vigil.engine.scan.ScanJson.coverage(result.coverage()));
        ArrayNode results = run.putArray("results");
        for (VulnerabilityFinding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.id());
            r.put("ruleIndex", ruleIndex.get(f.id()));
            r.put("level", level(f.priority().band()));
            r.putObject("message")
                    .put(
                            "text",
                            f.id() + " in " + f.componentLabel() + " (priority "
                                    + f.priority().band().wire() + " "
                                    + f.priority().score() + "; "
                                    + String.join("; ", f.priority().factors())
                                    + ")");
            String uri = f.sbom().orElse(input).toString().replace('\\', '/');
            r.putArray("locations")
                    .addObject()
                    .putObject("physicalLocation")
                    .putObject("artifactLocation")
                    .put("uri", uri);
            if (f.suppressed()) {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", f.vex().orElseThrow().explain());
            }
        }
        return write(root);
    }

    static String bandSummary(ScanResult result) {
        return result.countByBand().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
    }

    private static String summaryOf(VulnerabilityFinding f) {
        String summary = f.matches().stream()
                .map(m -> m.record().summary())
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse(f.id());
        return summary.length() > 200 ? summary.substring(0, 197) + "..." : summary;
    }

    private static String level(PriorityBand band) {
        return switch (band) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
