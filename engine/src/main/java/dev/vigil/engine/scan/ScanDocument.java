package dev.vigil.engine.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.engine.vex.VexJustification;
import dev.vigil.engine.vex.VexStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code vigil scan --format json}: the reported vulnerabilities, with {@code --show-suppressed} also the ones
 * a VEX statement suppresses, the counts and what the scan could judge. The assessment report embeds the same
 * records, so both spell a vulnerability the same way. Written by {@link dev.vigil.engine.render.JsonDocuments}.
 */
public record ScanDocument(
        List<Vulnerability> vulnerabilities,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Vulnerability> suppressedVulnerabilities,
        Summary summary,
        Coverage coverage) {

    public static ScanDocument of(ScanResult result, boolean showSuppressed) {
        return new ScanDocument(
                vulnerabilities(result.reported()),
                showSuppressed ? vulnerabilities(result.suppressed()) : null,
                Summary.of(result),
                Coverage.of(result.coverage()));
    }

    public static List<Vulnerability> vulnerabilities(List<VulnerabilityFinding> findings) {
        return findings.stream().map(Vulnerability::of).toList();
    }

    /** One vulnerability of one component; {@code modelComponent} and {@code sbom} only when known. */
    public record Vulnerability(
            String id,
            List<String> aliases,
            String component,
            @JsonInclude(JsonInclude.Include.NON_NULL) String modelComponent,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sbom,
            Source source,
            List<Evidence> evidence,
            Cvss cvss,
            Kev kev,
            Epss epss,
            Ranking priority,
            VexStatus vexStatus,
            boolean suppressed) {

        public static Vulnerability of(VulnerabilityFinding f) {
            List<SourceRecord> records = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Match m : f.matches()) {
                records.add(new SourceRecord(
                        m.record().id(),
                        m.record().source().name(),
                        m.record().modified() == null
                                ? null
                                : m.record().modified().toString()));
                evidence.add(new Evidence(
                        m.record().id(),
                        m.rule().wire(),
                        m.matched(),
                        m.confidence().wire()));
            }
            return new Vulnerability(
                    f.id(),
                    f.aliases(),
                    f.componentLabel(),
                    f.context().map(SystemContext::componentId).orElse(null),
                    f.sbom().map(Object::toString).orElse(null),
                    new Source(records),
                    evidence,
                    f.cvss()
                            .map(c -> new Cvss(c.vector(), c.score(), c.severity()))
                            .orElse(null),
                    new Kev(
                            f.knownExploited().isPresent(),
                            f.knownExploited().map(k -> k.dateAdded()).orElse(null)),
                    f.epss().map(e -> new Epss(e.epss(), e.percentile())).orElse(null),
                    new Ranking(
                            f.priority().score(),
                            f.priority().band().wire(),
                            f.priority().factors()),
                    f.vex().map(VexStatus::of).orElse(null),
                    f.suppressed());
        }
    }

    /** The advisory records that matched. */
    public record Source(List<SourceRecord> records) {}

    /** {@code modified}: the record's own timestamp as the feed gave it, ISO-8601. */
    public record SourceRecord(String id, String source, String modified) {}

    public record Evidence(String record, String rule, String matched, String confidence) {}

    public record Cvss(String vector, double score, String severity) {}

    public record Kev(boolean knownExploited, LocalDate dateAdded) {}

    public record Epss(double score, double percentile) {}

    public record Ranking(double score, String band, List<String> factors) {}

    /** The VEX statement that applies to the finding; {@code justification} null when the statement gives none. */
    public record VexStatus(String status, Justification justification, String detail, String action, String source) {

        static VexStatus of(VexStatement s) {
            return new VexStatus(
                    s.status().id(),
                    s.justification()
                            .map(j -> new Justification(
                                    j.category().map(VexJustification::id).orElse(null), j.original()))
                            .orElse(null),
                    s.impactStatement().orElse(null),
                    s.actionStatement().orElse(null),
                    s.source().describe());
        }

        /** {@code label}: the VEX vocabulary's justification id, null when the original text maps to none. */
        public record Justification(String label, String original) {}
    }

    /** Counts over the reported findings; {@code suppressed} counts the rest. */
    public record Summary(
            int sboms,
            int components,
            int vulnerabilities,
            long affectedComponents,
            Map<String, Integer> byBand,
            long knownExploited,
            int suppressed) {

        public static Summary of(ScanResult result) {
            List<VulnerabilityFinding> reported = result.reported();
            Map<String, Integer> bands = new LinkedHashMap<>();
            result.countByBand().forEach((band, n) -> bands.put(band.wire(), n));
            return new Summary(
                    result.sboms().size(),
                    result.componentCount(),
                    reported.size(),
                    reported.stream()
                            .map(VulnerabilityFinding::componentLabel)
                            .distinct()
                            .count(),
                    bands,
                    result.knownExploitedCount(),
                    result.findings().size() - reported.size());
        }
    }

    /**
     * What the scan could judge: {@code status} checked, partly-not-checked or not-checked with the reason,
     * the components with identifiers, the ecosystems (and those the store has no data for), the age of each
     * source and the components not checked.
     */
    public record Coverage(
            String status,
            String reason,
            int sboms,
            int components,
            int withIdentifiers,
            Map<String, Integer> ecosystems,
            List<String> ecosystemsWithoutData,
            List<SourceAge> sources,
            LocalDate scanDate,
            List<String> notChecked) {

        public static Coverage of(ScanCoverage c) {
            String status =
                    c.sbomsScanned() == 0 ? "not-checked" : c.unchecked().isEmpty() ? "checked" : "partly-not-checked";
            Map<String, Integer> ecosystems = new LinkedHashMap<>();
            c.ecosystems().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> ecosystems.put(e.getKey(), e.getValue()));
            List<SourceAge> sources = c.sources().keySet().stream()
                    .sorted()
                    .map(source -> new SourceAge(
                            source,
                            c.sources().get(source).orElse(null),
                            c.ageInDays(source).orElse(null)))
                    .toList();
            return new Coverage(
                    status,
                    c.notChecked().orElse(null),
                    c.sbomsScanned(),
                    c.components(),
                    c.withIdentifiers(),
                    ecosystems,
                    List.copyOf(c.ecosystemsWithoutData()),
                    sources,
                    c.scanDate(),
                    List.copyOf(c.unchecked()));
        }
    }

    /** A source's newest record and its age in days at the scan date; both null when the store does not know. */
    public record SourceAge(String source, LocalDate newestRecord, Long ageDays) {}
}
