package dev.vigil.engine.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.vex.Justification;
import dev.vigil.engine.vex.VexJustification;
import dev.vigil.engine.vex.VexStatement;
import java.util.List;

/**
 * The JSON form of scan findings, shared by {@code vigil scan --format json} and the assessment report so
 * that both spell a vulnerability the same way. Built field by field: the names are a contract.
 */
public final class ScanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScanJson() {}

    /**
     * {@code {vulnerabilities: [...], summary: {...}}}; with {@code showSuppressed} also
     * {@code suppressedVulnerabilities: [...]}, the findings a VEX statement suppresses.
     */
    public static ObjectNode document(ScanResult result, boolean showSuppressed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("vulnerabilities", findings(result.reported()));
        if (showSuppressed) {
            root.set("suppressedVulnerabilities", findings(result.suppressed()));
        }
        root.set("summary", summary(result));
        root.set("coverage", coverage(result.coverage()));
        return root;
    }

    /**
     * {@code {components, withIdentifiers, ecosystems: {eco: n}, ecosystemsWithoutData: [...], sources:
     * [{source, newestRecord, ageDays}], notChecked: [...], status: checked|partly-not-checked|not-checked,
     * reason}}: what the scan could judge.
     */
    public static ObjectNode coverage(ScanCoverage c) {
        ObjectNode o = MAPPER.createObjectNode();
        String status =
                c.sbomsScanned() == 0 ? "not-checked" : c.unchecked().isEmpty() ? "checked" : "partly-not-checked";
        o.put("status", status);
        o.put("reason", c.notChecked().orElse(null));
        o.put("sboms", c.sbomsScanned());
        o.put("components", c.components());
        o.put("withIdentifiers", c.withIdentifiers());
        ObjectNode ecosystems = o.putObject("ecosystems");
        c.ecosystems().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> ecosystems.put(e.getKey(), e.getValue()));
        ArrayNode lacking = o.putArray("ecosystemsWithoutData");
        c.ecosystemsWithoutData().forEach(lacking::add);
        ArrayNode sources = o.putArray("sources");
        c.sources().keySet().stream().sorted().forEach(source -> {
            ObjectNode so = sources.addObject();
            so.put("source", source);
            so.put("newestRecord", c.sources().get(source).map(Object::toString).orElse(null));
            if (c.ageInDays(source).isPresent()) {
                so.put("ageDays", c.ageInDays(source).get());
            } else {
                so.putNull("ageDays");
            }
        });
        o.put("scanDate", c.scanDate().toString());
        ArrayNode unchecked = o.putArray("notChecked");
        c.unchecked().forEach(unchecked::add);
        return o;
    }

    public static ArrayNode findings(List<VulnerabilityFinding> findings) {
        ArrayNode array = MAPPER.createArrayNode();
        findings.forEach(f -> array.add(finding(f)));
        return array;
    }

    public static ObjectNode finding(VulnerabilityFinding f) {
        ObjectNode v = MAPPER.createObjectNode();
        v.put("id", f.id());
        ArrayNode aliases = v.putArray("aliases");
        f.aliases().forEach(aliases::add);
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
                    m.record().modified() == null ? null : m.record().modified().toString());
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
                        .map(k -> k.dateAdded() == null ? null : k.dateAdded().toString())
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
        ArrayNode factors = priority.putArray("factors");
        f.priority().factors().forEach(factors::add);
        if (f.vex().isPresent()) {
            v.set("vexStatus", vexStatus(f.vex().get()));
        } else {
            v.putNull("vexStatus");
        }
        v.put("suppressed", f.suppressed());
        return v;
    }

    /** {@code {status, justification: {label, original} | null, detail, action, source}}. */
    static ObjectNode vexStatus(VexStatement s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", s.status().id());
        if (s.justification().isPresent()) {
            Justification j = s.justification().get();
            ObjectNode jo = o.putObject("justification");
            jo.put("label", j.category().map(VexJustification::id).orElse(null));
            jo.put("original", j.original());
        } else {
            o.putNull("justification");
        }
        o.put("detail", s.impactStatement().orElse(null));
        o.put("action", s.actionStatement().orElse(null));
        o.put("source", s.source().describe());
        return o;
    }

    /** Counts over the reported findings; {@code suppressed} counts the rest. */
    public static ObjectNode summary(ScanResult result) {
        ObjectNode summary = MAPPER.createObjectNode();
        List<VulnerabilityFinding> reported = result.reported();
        summary.put("sboms", result.sboms().size());
        summary.put("components", result.componentCount());
        summary.put("vulnerabilities", reported.size());
        summary.put(
                "affectedComponents",
                reported.stream()
                        .map(VulnerabilityFinding::componentLabel)
                        .distinct()
                        .count());
        ObjectNode bands = summary.putObject("byBand");
        result.countByBand().forEach((band, n) -> bands.put(band.wire(), n));
        summary.put("knownExploited", result.knownExploitedCount());
        summary.put("suppressed", result.findings().size() - reported.size());
        return summary;
    }
}
