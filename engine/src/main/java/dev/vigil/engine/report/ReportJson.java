package dev.vigil.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.engine.assessment.AppliedExclusion;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.risk.Exploitability;
import dev.vigil.engine.risk.Factor;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.RiskScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: the assessment as a tree of ordered maps and lists, pretty-printed. Built by hand
 * rather than by reflection so that the field names are a stable contract and the output is byte-identical
 * for the same model.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    public static String render(Assessment assessment, String vigilVersion) {
        return render(assessment, vigilVersion, java.util.Optional.empty());
    }

    /** The report with {@code compliance[]} and {@code complianceSummary} when a compliance result is given. */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance) {
        return render(assessment, vigilVersion, compliance, VulnerabilityCheck.notChecked());
    }

    /**
     * The report with the vulnerabilities of the component SBOMs ({@code vulnerabilities[]} as {@code vigil
     * scan} writes them, {@code suppressedVulnerabilities[]}, {@code vulnerabilitySummary}), or the reason
     * they were not checked.
     */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        Map<String, Object> tree = tree(assessment, vigilVersion);
        VulnerabilitySection.json(vulnerabilities, tree);
        compliance.ifPresent(c -> {
            tree.put("compliance", dev.vigil.engine.compliance.ComplianceJson.rows(c.rows()));
            tree.put("complianceNotAssessable", dev.vigil.engine.compliance.ComplianceJson.notAssessable(c.rows()));
            tree.put("complianceSummary", dev.vigil.engine.compliance.ComplianceJson.summary(c));
            tree.put("complianceActions", dev.vigil.engine.compliance.ComplianceJson.actions(c));
            tree.put("complianceWarnings", c.warnings());
        });
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    static Map<String, Object> tree(Assessment a, String vigilVersion) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("system", system(a.model().system()));
        root.put("summary", summary(a, vigilVersion));
        root.put("riskMatrix", matrix(a));
        root.put("findings", a.findings().stream().map(f -> finding(f, a)).toList());
        root.put(
                "exclusions", a.exclusions().stream().map(ReportJson::exclusion).toList());
        root.put("trackingWarnings", a.trackingWarnings());
        return root;
    }

    private static Map<String, Object> system(SystemInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("kind", s.kind().wire());
        m.put("version", s.version().orElse(null));
        m.put("manufacturer", s.manufacturer().orElse(null));
        m.put("intendedUse", s.intendedUse().orElse(null));
        m.put("environments", wires(s.environments()));
        m.put("markets", wires(s.markets()));
        m.put("cyberDevice", s.cyberDevice().orElse(null));
        m.put(
                "softwareSafetyClass",
                s.softwareSafetyClass().map(WireValue::wire).orElse(null));
        return m;
    }

    private static Map<String, Object> summary(Assessment a, String vigilVersion) {
        Summary s = a.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessmentDate", a.date().toString());
        m.put("vigilVersion", vigilVersion);
        m.put("riskMatrix", a.riskMatrix().name());
        m.put("rulesRun", a.rulesRun().size());
        m.put("findings", s.total());
        Map<String, Object> severity = new LinkedHashMap<>();
        s.bySeverity().forEach((k, v) -> severity.put(k.wire(), v));
        m.put("bySeverity", severity);
        Map<String, Object> status = new LinkedHashMap<>();
        s.byStatus().forEach((k, v) -> status.put(k.wire(), v));
        m.put("byStatus", status);
        Map<String, Object> kind = new LinkedHashMap<>();
        s.byKind().forEach((k, v) -> kind.put(k.wire(), v));
        m.put("byKind", kind);
        m.put("controlled", s.controlled());
        m.put("uncontrolled", s.uncontrolled());
        m.put("noHazardLinked", s.withoutHazard());
        m.put("multiPatient", s.multiPatient());
        m.put("exclusions", a.exclusions().size());
        m.put("trackingWarnings", a.trackingWarnings().size());
        m.put("rules", a.rulesRun());
        return m;
    }

    /** Every cell of the matrix with its verdict and how many weaknesses with a linked hazard fall in it. */
    private static Map<String, Object> matrix(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.riskMatrix().name());
        List<Object> cells = new ArrayList<>();
        int[][] counts = MatrixCounts.of(a.findings());
        for (Hazard.Severity s : Hazard.Severity.values()) {
            for (int band = 1; band <= RiskMatrix.BANDS; band++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("harmSeverity", s.wire());
                cell.put("exploitabilityBand", band);
                cell.put("verdict", a.riskMatrix().isControlled(band, s) ? "controlled" : "uncontrolled");
                cell.put("findings", counts[s.ordinal()][band - 1]);
                cells.add(cell);
            }
        }
        m.put("cells", cells);
        return m;
    }

    private static Map<String, Object> finding(Finding f, Assessment a) {
        RiskScore score = f.score();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("rule", f.rule().id());
        m.put("title", f.rule().title());
        m.put("element", f.element());
        m.put("kind", f.kind().wire());
        m.put("stride", f.rule().stride());
        m.put("cwe", f.rule().cwe());
        m.put("capec", f.rule().capec());
        m.put("dittaPrinciple", f.rule().dittaPrinciple());
        m.put("fdaControlCategory", f.rule().fdaControlCategory());
        m.put("explanation", f.explanation());
        m.put("facts", f.facts());
        m.put("exploitability", exploitability(score.exploitability()));
        m.put("impact", score.impactReasons());
        m.put("cvssVector", score.cvssVector());
        m.put("cvssScore", score.cvssVector() == null ? null : score.cvssScore());
        m.put("severity", score.severity().wire());
        m.put("harmSeverity", score.harmSeverity().map(Hazard.Severity::wire).orElse(null));
        m.put("hazards", score.hazards().stream().map(id -> hazard(a, id)).toList());
        m.put("controlled", score.controlled().orElse(null));
        m.put("multiPatient", score.multiPatient());
        m.put("status", f.status().wire());
        m.put(
                "tracking",
                f.tracking()
                        .map(t -> {
                            Map<String, Object> tm = new LinkedHashMap<>();
                            tm.put("justification", t.justification().orElse(null));
                            tm.put("by", t.by().orElse(null));
                            tm.put("date", t.date().map(Object::toString).orElse(null));
                            return tm;
                        })
                        .orElse(null));
        m.put("mitigations", f.rule().mitigations());
        m.put("rationale", f.rule().rationale());
        return m;
    }

    private static Map<String, Object> exploitability(Exploitability e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band", e.band());
        m.put("subScore", e.subScore());
        m.put("attackVector", factor(e.attackVector()));
        m.put("attackComplexity", factor(e.attackComplexity()));
        m.put("privilegesRequired", factor(e.privilegesRequired()));
        m.put("userInteraction", factor(e.userInteraction()));
        m.put("scope", factor(e.scope()));
        m.put("multiPatientReasons", e.multiPatientReasons());
        return m;
    }

    private static Map<String, Object> factor(Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value());
        m.put("reason", f.reason());
        m.put("facts", f.facts());
        return m;
    }

    private static Map<String, Object> hazard(Assessment a, String id) {
        Hazard h = a.model().hazard(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("name", h.name());
        m.put("harm", h.harm());
        m.put("severity", h.severity().wire());
        return m;
    }

    private static Map<String, Object> exclusion(AppliedExclusion e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finding", e.findingId());
        m.put("rule", e.rule());
        m.put("element", e.element());
        m.put("assumption", e.assumption());
        m.put("text", e.text());
        m.put("removedFinding", e.removedFinding().isPresent());
        return m;
    }

    private static List<String> wires(List<? extends WireValue> values) {
        return values.stream().map(WireValue::wire).toList();
    }
}
