package dev.vigil.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.engine.assessment.AppliedExclusion;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.compliance.ComplianceDocument;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.risk.Exploitability;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.RiskScore;
import dev.vigil.engine.scan.ScanDocument;
import dev.vigil.engine.support.SupportDocument;
import dev.vigil.engine.support.SupportOutlook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code report.json}: the assessment with its findings, the vulnerabilities of the component SBOMs (or why
 * they were not checked: {@code vulnerabilities} is then null, never an empty list), the ends of support that
 * passed or come within the warning horizon ({@code support}, left out when not asked for) and, when compliance was
 * judged, the {@code compliance*} fields (left out otherwise). Records, so the field names and their order are
 * a stable contract, the output is byte-identical for the same model, and the server can return the same
 * document. Written by {@link dev.vigil.engine.render.JsonDocuments}.
 */
public record ReportDocument(
        SystemFacts system,
        Summary summary,
        Matrix riskMatrix,
        List<FindingEntry> findings,
        List<Exclusion> exclusions,
        List<String> trackingWarnings,
        List<ScanDocument.Vulnerability> vulnerabilities,
        List<ScanDocument.Vulnerability> suppressedVulnerabilities,
        VulnerabilitySummary vulnerabilitySummary,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupportDocument support,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ComplianceDocument.Row> compliance,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ComplianceDocument.Row> complianceNotAssessable,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<String, Long>> complianceSummary,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ComplianceDocument.ThemeActions> complianceActions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> complianceWarnings) {

    public static ReportDocument of(
            Assessment a,
            String vigilVersion,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        return of(a, vigilVersion, compliance, vulnerabilities, Optional.empty());
    }

    /** Also the {@code support} object when a support outlook was made (left out otherwise). */
    public static ReportDocument of(
            Assessment a,
            String vigilVersion,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities,
            Optional<SupportOutlook> support) {
        List<ScanDocument.Vulnerability> reported = null;
        List<ScanDocument.Vulnerability> suppressed = null;
        if (vulnerabilities instanceof VulnerabilityCheck.Checked c) {
            reported = ScanDocument.vulnerabilities(c.result().reported());
            suppressed = ScanDocument.vulnerabilities(c.result().suppressed());
        }
        return new ReportDocument(
                SystemFacts.of(a.model().system()),
                Summary.of(a, vigilVersion),
                Matrix.of(a),
                a.findings().stream().map(f -> FindingEntry.of(f, a)).toList(),
                a.exclusions().stream().map(Exclusion::of).toList(),
                a.trackingWarnings(),
                reported,
                suppressed,
                VulnerabilitySummary.of(vulnerabilities),
                support.map(SupportDocument::of).orElse(null),
                compliance.map(c -> ComplianceDocument.rows(c.rows())).orElse(null),
                compliance.map(c -> ComplianceDocument.notAssessable(c.rows())).orElse(null),
                compliance.map(ComplianceDocument::summary).orElse(null),
                compliance.map(ComplianceDocument::actions).orElse(null),
                compliance.map(ComplianceReport::warnings).orElse(null));
    }

    /** The system as the model states it; what it does not state is null. */
    public record SystemFacts(
            String id,
            String name,
            String kind,
            String version,
            String manufacturer,
            String intendedUse,
            List<String> environments,
            List<String> markets,
            Boolean cyberDevice,
            String softwareSafetyClass) {

        static SystemFacts of(SystemInfo s) {
            return new SystemFacts(
                    s.id(),
                    s.name(),
                    s.kind().wire(),
                    s.version().orElse(null),
                    s.manufacturer().orElse(null),
                    s.intendedUse().orElse(null),
                    wires(s.environments()),
                    wires(s.markets()),
                    s.cyberDevice().orElse(null),
                    s.softwareSafetyClass().map(WireValue::wire).orElse(null));
        }
    }

    /** Counts over the findings; every severity, status and kind is present, zero or not. */
    public record Summary(
            LocalDate assessmentDate,
            String vigilVersion,
            String riskMatrix,
            int rulesRun,
            int findings,
            Map<String, Integer> bySeverity,
            Map<String, Integer> byStatus,
            Map<String, Integer> byKind,
            int controlled,
            int uncontrolled,
            int noHazardLinked,
            int multiPatient,
            int exclusions,
            int trackingWarnings,
            List<String> rules) {

        static Summary of(Assessment a, String vigilVersion) {
            var s = a.summary();
            return new Summary(
                    a.date(),
                    vigilVersion,
                    a.riskMatrix().name(),
                    a.rulesRun().size(),
                    s.total(),
                    byWire(s.bySeverity(), dev.vigil.engine.risk.Severity::wire),
                    byWire(s.byStatus(), WireValue::wire),
                    byWire(s.byKind(), dev.vigil.engine.threat.rules.Hit.Kind::wire),
                    s.controlled(),
                    s.uncontrolled(),
                    s.withoutHazard(),
                    s.multiPatient(),
                    a.exclusions().size(),
                    a.trackingWarnings().size(),
                    a.rulesRun());
        }
    }

    /** Every cell of the matrix with its verdict and how many weaknesses with a linked hazard fall in it. */
    public record Matrix(String name, List<Cell> cells) {

        static Matrix of(Assessment a) {
            List<Cell> cells = new ArrayList<>();
            int[][] counts = MatrixCounts.of(a.findings());
            for (Hazard.Severity s : Hazard.Severity.values()) {
                for (int band = 1; band <= RiskMatrix.BANDS; band++) {
                    cells.add(new Cell(
                            s.wire(),
                            band,
                            a.riskMatrix().isControlled(band, s) ? "controlled" : "uncontrolled",
                            counts[s.ordinal()][band - 1]));
                }
            }
            return new Matrix(a.riskMatrix().name(), cells);
        }
    }

    public record Cell(String harmSeverity, int exploitabilityBand, String verdict, int findings) {}

    /**
     * One finding with the rule's metadata, the facts behind it, its exploitability, CVSS and harm; {@code
     * cvssScore} is null when no vector applies and {@code controlled} when no hazard is linked.
     */
    public record FindingEntry(
            String id,
            String rule,
            String title,
            String element,
            String kind,
            List<String> stride,
            List<String> cwe,
            List<String> capec,
            String dittaPrinciple,
            String fdaControlCategory,
            String explanation,
            List<String> facts,
            ExploitabilityEntry exploitability,
            List<String> impact,
            String cvssVector,
            Double cvssScore,
            String severity,
            String harmSeverity,
            List<HazardEntry> hazards,
            Boolean controlled,
            boolean multiPatient,
            String status,
            TrackingEntry tracking,
            List<String> mitigations,
            String rationale) {

        static FindingEntry of(Finding f, Assessment a) {
            RiskScore score = f.score();
            return new FindingEntry(
                    f.id(),
                    f.rule().id(),
                    f.rule().title(),
                    f.element(),
                    f.kind().wire(),
                    f.rule().stride(),
                    f.rule().cwe(),
                    f.rule().capec(),
                    f.rule().dittaPrinciple(),
                    f.rule().fdaControlCategory(),
                    f.explanation(),
                    f.facts(),
                    ExploitabilityEntry.of(score.exploitability()),
                    score.impactReasons(),
                    score.cvssVector(),
                    score.cvssVector() == null ? null : score.cvssScore(),
                    score.severity().wire(),
                    score.harmSeverity().map(Hazard.Severity::wire).orElse(null),
                    score.hazards().stream()
                            .map(id -> HazardEntry.of(a.model().hazard(id)))
                            .toList(),
                    score.controlled().orElse(null),
                    score.multiPatient(),
                    f.status().wire(),
                    f.tracking()
                            .map(t -> new TrackingEntry(
                                    t.justification().orElse(null),
                                    t.by().orElse(null),
                                    t.date().orElse(null)))
                            .orElse(null),
                    f.rule().mitigations(),
                    f.rule().rationale());
        }
    }

    public record ExploitabilityEntry(
            int band,
            double subScore,
            Factor attackVector,
            Factor attackComplexity,
            Factor privilegesRequired,
            Factor userInteraction,
            Factor scope,
            List<String> multiPatientReasons) {

        static ExploitabilityEntry of(Exploitability e) {
            return new ExploitabilityEntry(
                    e.band(),
                    e.subScore(),
                    Factor.of(e.attackVector()),
                    Factor.of(e.attackComplexity()),
                    Factor.of(e.privilegesRequired()),
                    Factor.of(e.userInteraction()),
                    Factor.of(e.scope()),
                    e.multiPatientReasons());
        }
    }

    /** One exploitability factor: the CVSS value chosen, why, and the model facts behind it. */
    public record Factor(String value, String reason, List<String> facts) {

        static Factor of(dev.vigil.engine.risk.Factor f) {
            return new Factor(f.value(), f.reason(), f.facts());
        }
    }

    public record HazardEntry(String id, String name, String harm, String severity) {

        static HazardEntry of(Hazard h) {
            return new HazardEntry(h.id(), h.name(), h.harm(), h.severity().wire());
        }
    }

    /** The team's recorded decision on a finding; what it does not state is null. */
    public record TrackingEntry(String justification, String by, LocalDate date) {}

    public record Exclusion(
            String finding, String rule, String element, String assumption, String text, boolean removedFinding) {

        static Exclusion of(AppliedExclusion e) {
            return new Exclusion(
                    e.findingId(),
                    e.rule(),
                    e.element(),
                    e.assumption(),
                    e.text(),
                    e.removedFinding().isPresent());
        }
    }

    /**
     * Whether the component SBOMs were checked: when checked the scan counts and coverage, {@code reason} null;
     * when not, the reason, {@code scan} null and no {@code coverage}.
     */
    public record VulnerabilitySummary(
            boolean checked,
            String reason,
            ScanDocument.Summary scan,
            @JsonInclude(JsonInclude.Include.NON_NULL) ScanDocument.Coverage coverage) {

        static VulnerabilitySummary of(VulnerabilityCheck check) {
            if (check instanceof VulnerabilityCheck.Checked c) {
                return new VulnerabilitySummary(
                        true,
                        null,
                        ScanDocument.Summary.of(c.result()),
                        ScanDocument.Coverage.of(c.result().coverage()));
            }
            return new VulnerabilitySummary(false, ((VulnerabilityCheck.NotChecked) check).reason(), null, null);
        }
    }

    private static <E> Map<String, Integer> byWire(Map<E, Integer> counts, Function<E, String> wire) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(wire.apply(k), v));
        return out;
    }

    private static List<String> wires(List<? extends WireValue> values) {
        return values.stream().map(WireValue::wire).toList();
    }
}
