package dev.vigil.engine.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vigil.engine.render.JsonDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan result as a SARIF 2.1.0 log, as records that Jackson serializes (the CLI prints them; the server can
 * return them as they are). Only the parts of SARIF Vigil fills are declared.
 */
public final class Sarif {

    private Sarif() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

    /** {@code properties.coverage}: SARIF has no place for what was not checked; run properties carry it (3.8). */
    public record Run(Tool tool, RunProperties properties, List<Result> results) {}

    public record RunProperties(com.fasterxml.jackson.databind.JsonNode coverage) {}

    public record Tool(Driver driver) {}

    public record Driver(String name, List<Rule> rules) {}

    /** One vulnerability id; {@code properties} is absent when no CVSS score is known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, Text shortDescription, Properties properties) {}

    public record Properties(@JsonProperty("security-severity") String securitySeverity) {}

    public record Text(String text) {}

    /** One finding; {@code suppressions} is absent unless a VEX statement suppresses it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            String ruleId,
            int ruleIndex,
            String level,
            Text message,
            List<Location> locations,
            List<Suppression> suppressions) {}

    public record Location(PhysicalLocation physicalLocation) {}

    public record PhysicalLocation(ArtifactLocation artifactLocation) {}

    public record ArtifactLocation(String uri) {}

    public record Suppression(String kind, String justification) {}

    /**
     * The log of one scan of {@code input}; with {@code showSuppressed} the suppressed findings too, each with
     * an external suppression.
     */
    public static Log of(ScanResult result, Path input, boolean showSuppressed) {
        List<VulnerabilityFinding> findings = showSuppressed ? result.findings() : result.reported();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (VulnerabilityFinding f : findings) {
            if (ruleIndex.putIfAbsent(f.id(), ruleIndex.size()) == null) {
                rules.add(new Rule(
                        f.id(),
                        new Text(summaryOf(f)),
                        f.cvss()
                                .map(c -> new Properties(String.valueOf(c.score())))
                                .orElse(null)));
            }
        }
        List<Result> results = new ArrayList<>();
        for (VulnerabilityFinding f : findings) {
            String uri = f.sbom().orElse(input).toString().replace('\\', '/');
            results.add(new Result(
                    f.id(),
                    ruleIndex.get(f.id()),
                    level(f.priority().band()),
                    new Text(f.id() + " in " + f.componentLabel() + " (priority "
                            + f.priority().band().wire() + " " + f.priority().score() + "; "
                            + String.join("; ", f.priority().factors()) + ")"),
                    List.of(new Location(new PhysicalLocation(new ArtifactLocation(uri)))),
                    f.suppressed()
                            ? List.of(new Suppression(
                                    "external", f.vex().orElseThrow().explain()))
                            : null));
        }
        return new Log(
                "https://json.schemastore.org/sarif-2.1.0.json",
                "2.1.0",
                List.of(new Run(
                        new Tool(new Driver("vigil", rules)),
                        new RunProperties(JsonDocuments.tree(ScanDocument.Coverage.of(result.coverage()))),
                        results)));
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
}
