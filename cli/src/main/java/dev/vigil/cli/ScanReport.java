package dev.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.scan.Match;
import dev.vigil.engine.scan.PriorityBand;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.VulnerabilityFinding;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON and SARIF 2.1.0 forms of a scan result. */
final class ScanReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScanReport() {}

    static String json(ScanResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode vulnerabilities = root.putArray("vulnerabilities");
        for (VulnerabilityFinding f : result.findings()) {
            ObjectNode v = vulnerabilities.addObject();
            v.put("id", f.id());
            f.aliases().forEach(v.putArray("aliases")::add);
            if (f.aliases().isEmpty()) {
                v.putArray("aliases");
            }
            v.put("component", f.componentLabel());
            f.context().ifPresent(c -> v.put("modelComponent", c.componentId()));
            f.sbom().ifPresent(p -> v.put("sbom", p.toString()));
            ArrayNode records = v.putObject("source").putArray("records");
            ArrayNode evidence = v.putArray("evidence");
            for (Match m : f.matches()) {
                ObjectNode r = records.addObject();
                r.put("id", m.record().id());
                r.put("source", m.record().source().name());
                r.put(
                        "modified",
                        m.record().modified() == null
                                ? null
                                : m.record().modified().toString());
                ObjectNode e = evidence.addObject();
                e.put("record", m.record().id());
                e.put("rule", m.rule().wire());
                e.put("matched", m.matched());
                e.put("confidence", m.confidence().wire());
            }
            if (f.cvss().isPresent()) {
                ObjectNode c = v.putObject("cvss");
                c.put("vector", f.cvss().get().vector());
                c.put("score", f.cvss().get().score());
                c.put("severity", f.cvss().get().severity());
            } else {
                v.putNull("cvss");
            }
            ObjectNode kev = v.putObject("kev");
            kev.put("knownExploited", f.knownExploited().isPresent());
            kev.put(
                    "dateAdded",
                    f.knownExploited()
                            .map(k ->
                                    k.dateAdded() == null ? null : k.dateAdded().toString())
                            .orElse(null));
            if (f.epss().isPresent()) {
                ObjectNode e = v.putObject("epss");
                e.put("score", f.epss().get().epss());
                e.put("percentile", f.epss().get().percentile());
            } else {
                v.putNull("epss");
            }
            ObjectNode priority = v.putObject("priority");
            priority.put("score", f.priority().score());
            priority.put("band", f.priority().band().wire());
            f.priority().factors().forEach(priority.putArray("factors")::add);
            if (f.vex().isPresent()) {
                v.put("vexStatus", f.vex().get().status());
                v.put("vexJustification", f.vex().get().justification());
            } else {
                v.putNull("vexStatus");
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("sboms", result.sboms().size());
        summary.put("components", result.componentCount());
        summary.put("vulnerabilities", result.findings().size());
        summary.put(
                "affectedComponents",
                result.findings().stream()
                        .map(VulnerabilityFinding::componentLabel)
                        .distinct()
                        .count());
        ObjectNode bands = summary.putObject("byBand");
        result.countByBand().forEach((band, n) -> bands.put(band.wire(), n));
        summary.put("knownExploited", result.knownExploitedCount());
        return write(root);
    }

    static String sarif(ScanResult result, Path input) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vigil");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (VulnerabilityFinding f : result.findings()) {
            if (ruleIndex.containsKey(f.id())) {
                continue;
            }
            ruleIndex.put(f.id(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", f.id());
            rule.putObject("shortDescription").put("text", summaryOf(f));
            f.cvss().ifPresent(c -> rule.putObject("properties").put("security-severity", String.valueOf(c.score())));
        }
        ArrayNode results = run.putArray("results");
        for (VulnerabilityFinding f : result.findings()) {
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
