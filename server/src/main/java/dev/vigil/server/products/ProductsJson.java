package dev.vigil.server.products;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.vigil.engine.compliance.ComplianceDocument;
import dev.vigil.engine.report.ReportDocument;
import dev.vigil.engine.scan.ScanDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the {@code /api/v1/products} endpoints answer with: one record per JSON object, the engine's
 * report records ({@link ReportDocument}) where a response passes on part of a stored report.json, and small
 * records of the server's own (releases, decisions, signatures) around them. Field names and order are the
 * contract ({@code ProductsApiShapesTest} holds them to the shapes the endpoints had when they built maps).
 * Times are ISO-8601 text as {@link java.time.Instant#toString()} writes them.
 */
final class ProductsJson {
    private ProductsJson() {}

    record ProductDetail(String id, String name, String createdBy, String createdAt, List<String> releases) {
        static ProductDetail of(ReleaseStore.Product p, List<String> versions) {
            return new ProductDetail(
                    p.id(), p.name(), p.createdBy(), p.createdAt().toString(), versions);
        }
    }

    /**
     * A release with the counts of its report: findings by severity, open ones after the team's decisions,
     * compliance per framework (null when not judged) and its gaps, and the vulnerability summary.
     */
    record ReleaseSummary(
            String product,
            String version,
            String kind,
            String uploadedBy,
            String uploadedAt,
            String contentHash,
            Integer findings,
            Map<String, Integer> bySeverity,
            Map<String, Integer> openBySeverity,
            Integer uncontrolled,
            Map<String, Map<String, Long>> compliance,
            Integer complianceGaps,
            ReportDocument.VulnerabilitySummary vulnerabilities) {

        static ReleaseSummary of(
                ReleaseStore.Release r, ReportDocument report, Map<String, ReleaseStore.Decision> decisions) {
            ReportDocument.Summary summary = report.summary();
            return new ReleaseSummary(
                    r.product(),
                    r.version(),
                    r.kind(),
                    r.uploadedBy(),
                    r.uploadedAt().toString(),
                    r.contentHash(),
                    summary == null ? null : summary.findings(),
                    summary == null ? null : summary.bySeverity(),
                    openBySeverity(report, decisions),
                    summary == null ? null : summary.uncontrolled(),
                    report.complianceSummary(),
                    complianceGaps(report),
                    report.vulnerabilitySummary());
        }

        /** Open findings by severity after the decisions, in the order the severities first occur. */
        private static Map<String, Integer> openBySeverity(
                ReportDocument report, Map<String, ReleaseStore.Decision> decisions) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ReportDocument.FindingEntry f : findingsOf(report)) {
                ReleaseStore.Decision d = decisions.get(f.id());
                if ("open".equals(d == null ? f.status() : d.status())) {
                    counts.merge(String.valueOf(f.severity()), 1, Integer::sum);
                }
            }
            return counts;
        }

        /** Requirements with a gap over every framework; null when compliance was not judged. */
        private static Integer complianceGaps(ReportDocument report) {
            Map<String, Map<String, Long>> byFramework = report.complianceSummary();
            if (byFramework == null || byFramework.isEmpty()) {
                return null;
            }
            long gaps = 0;
            for (Map<String, Long> counts : byFramework.values()) {
                Long gap = counts.get("gap");
                gaps += gap == null ? 0 : gap;
            }
            return Math.toIntExact(gaps);
        }
    }

    /** One release in full: its summary, the model and other files uploaded, and its signatures. */
    record ReleaseDetail(
            @JsonUnwrapped ReleaseSummary summary, String model, List<String> files, List<Approval> approvals) {}

    /** The team's decision on a finding; {@code carriedFrom} names the release it was carried from, or null. */
    record Decision(String status, String justification, String decidedBy, String decidedAt, String carriedFrom) {
        static Decision of(ReleaseStore.Decision d) {
            return new Decision(
                    d.status(),
                    d.justification(),
                    d.decidedBy(),
                    d.decidedAt().toString(),
                    d.carriedFrom().orElse(null));
        }
    }

    /** The answer to recording a decision: the decision and the finding it is about. */
    record DecisionRecorded(@JsonUnwrapped Decision decision, String findingId) {}

    /** A finding of the stored report with the decision in force (or null) and the status it leaves. */
    record Finding(@JsonUnwrapped ReportDocument.FindingEntry finding, Decision decision, String effectiveStatus) {
        static List<Finding> of(ReportDocument report, Map<String, ReleaseStore.Decision> decisions) {
            return findingsOf(report).stream()
                    .map(f -> {
                        ReleaseStore.Decision d = decisions.get(f.id());
                        return new Finding(f, d == null ? null : Decision.of(d), d == null ? f.status() : d.status());
                    })
                    .toList();
        }
    }

    /**
     * A signature on a release. A later decision changes the release's content hash: the signature stays,
     * and {@code matchesCurrentContent} says it signed other content.
     */
    record Approval(
            String printedName,
            String username,
            String signedAt,
            String meaning,
            String contentHash,
            boolean matchesCurrentContent) {
        static Approval of(ReleaseStore.Approval a, String currentHash) {
            return new Approval(
                    a.printedName(),
                    a.username(),
                    a.signedAt().toString(),
                    a.meaning(),
                    a.contentHash(),
                    a.contentHash().equals(currentHash));
        }
    }

    /** The compliance part of a stored report (null when compliance was not judged). */
    record Compliance(List<ComplianceDocument.Row> compliance, Map<String, Map<String, Long>> complianceSummary) {
        static Compliance of(ReportDocument report) {
            return new Compliance(report.compliance(), report.complianceSummary());
        }
    }

    /** The vulnerability part of a stored report: the lists are null when the SBOMs were not checked. */
    record Vulnerabilities(
            List<ScanDocument.Vulnerability> vulnerabilities,
            List<ScanDocument.Vulnerability> suppressedVulnerabilities,
            ReportDocument.VulnerabilitySummary vulnerabilitySummary) {
        static Vulnerabilities of(ReportDocument report) {
            return new Vulnerabilities(
                    report.vulnerabilities(), report.suppressedVulnerabilities(), report.vulnerabilitySummary());
        }
    }

    private static List<ReportDocument.FindingEntry> findingsOf(ReportDocument report) {
        return report.findings() == null ? List.of() : report.findings();
    }
}
