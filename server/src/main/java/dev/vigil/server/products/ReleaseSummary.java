package dev.vigil.server.products;

import dev.vigil.engine.report.ReportDocument;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the portfolio shows of one release, as stored in {@code release_summary}: counts taken from its
 * report.json, the open findings after the decisions in force, and the end-of-support dates it states.
 *
 * @param bySeverity every finding by severity (critical, high, medium, low, info), as the report states
 * @param openBySeverity the findings still open after the decisions, by severity
 * @param complianceGaps requirements with a gap over every framework; empty when compliance was not judged
 * @param vulnerabilities the vulnerabilities the check reported; empty when they were not checked
 * @param supportEarliest the earliest stated end of support, with {@code supportSubject} naming what it concerns
 */
record ReleaseSummary(
        int findings,
        Map<String, Integer> bySeverity,
        Map<String, Integer> openBySeverity,
        int uncontrolled,
        Optional<Integer> complianceGaps,
        boolean vulnerabilitiesChecked,
        Optional<Integer> vulnerabilities,
        int supportStated,
        Optional<LocalDate> supportEarliest,
        String supportSubject) {

    /** The engine's finding severities, in the order of the columns. */
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

    ReleaseSummary {
        bySeverity = complete(bySeverity);
        openBySeverity = complete(openBySeverity);
    }

    /** The summary of a stored report with the decisions in force and the support dates stored with it. */
    static ReleaseSummary of(
            ReportView.Digest digest, Map<String, ReleaseStore.Decision> decisions, List<SupportEnds.SupportEnd> ends) {
        Map<String, Object> vulnerabilities = digest.vulnerabilities();
        boolean checked = Boolean.TRUE.equals(vulnerabilities.get("checked"));
        Optional<Integer> reported = checked
                        && vulnerabilities.get("scan") instanceof Map<?, ?> scan
                        && scan.get("vulnerabilities") instanceof Number n
                ? Optional.of(n.intValue())
                : Optional.empty();
        return of(
                digest,
                digest.uncontrolled() instanceof Number n ? n.intValue() : 0,
                checked,
                reported,
                decisions,
                ends);
    }

    /**
     * The summary of the report an upload is about to store, from the engine's document itself: the same
     * values as {@link #of(ReportView.Digest, Map, List)} reads back from its JSON, without parsing it.
     */
    static ReleaseSummary of(
            ReportDocument report, Map<String, ReleaseStore.Decision> decisions, List<SupportEnds.SupportEnd> ends) {
        Optional<Integer> gaps = Optional.ofNullable(report.complianceSummary())
                .map(byFramework -> byFramework.values().stream()
                        .mapToInt(counts -> counts.getOrDefault("gap", 0L).intValue())
                        .sum());
        ReportDocument.VulnerabilitySummary vulnerabilities = report.vulnerabilitySummary();
        ReportView.Digest digest = new ReportView.Digest(
                report.findings().stream()
                        .map(f -> new ReportView.Digest.FindingStatus(f.id(), f.severity(), f.status()))
                        .toList(),
                report.summary().uncontrolled(),
                gaps,
                Map.of());
        return of(
                digest,
                report.summary().uncontrolled(),
                vulnerabilities.checked(),
                vulnerabilities.checked() && vulnerabilities.scan() != null
                        ? Optional.of(vulnerabilities.scan().vulnerabilities())
                        : Optional.empty(),
                decisions,
                ends);
    }

    private static ReleaseSummary of(
            ReportView.Digest digest,
            int uncontrolled,
            boolean vulnerabilitiesChecked,
            Optional<Integer> vulnerabilities,
            Map<String, ReleaseStore.Decision> decisions,
            List<SupportEnds.SupportEnd> ends) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        digest.findings().forEach(f -> bySeverity.merge(known(f.severity()), 1, Integer::sum));
        // The earliest date, and of equal dates the first subject in order, as the portfolio always showed.
        Optional<SupportEnds.SupportEnd> earliest = ends.stream()
                .min(Comparator.comparing(SupportEnds.SupportEnd::ends).thenComparing(SupportEnds.SupportEnd::subject));
        return new ReleaseSummary(
                digest.findings().size(),
                bySeverity,
                digest.openBySeverity(decisions),
                uncontrolled,
                digest.complianceGaps(),
                vulnerabilitiesChecked,
                vulnerabilities,
                ends.size(),
                earliest.map(SupportEnds.SupportEnd::ends),
                earliest.map(SupportEnds.SupportEnd::subject).orElse(null));
    }

    /** Counts with the same keys as the report's {@code summary.bySeverity}, zero where none. */
    private static Map<String, Integer> complete(Map<String, Integer> counts) {
        Map<String, Integer> all = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> all.put(s, counts.getOrDefault(s, 0)));
        counts.keySet().forEach(ReleaseSummary::known);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** A severity outside the engine's five would be dropped from every count: refuse it instead. */
    private static String known(String severity) {
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalStateException("a stored report.json names severity '" + severity + "'");
        }
        return severity;
    }

    int open(String severity) {
        return openBySeverity.get(severity);
    }
}
