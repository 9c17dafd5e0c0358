package dev.vigil.engine.scan;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scan found, findings sorted by priority (most urgent first). {@link #findings()} holds every
 * finding, including those a VEX statement suppresses; counts and gates use {@link #reported()}.
 *
 * @param sboms each SBOM scanned, with the model component it belongs to
 * @param coverage what the scan could judge: identifiers, ecosystems without data, source ages, components
 *     not checked
 */
public record ScanResult(List<ScannedSbom> sboms, List<VulnerabilityFinding> findings, ScanCoverage coverage) {

    public ScanResult {
        sboms = List.copyOf(sboms);
        findings = List.copyOf(findings);
        java.util.Objects.requireNonNull(coverage, "coverage == null");
    }

    /**
     * One SBOM of the scan; {@code file} is empty for an SBOM given in memory; {@code warnings} are what the
     * reader accepted with a warning (schema violations a reader can still read, unparsable purls, ...).
     */
    public record ScannedSbom(
            Optional<Path> file, Optional<String> modelComponent, int components, List<String> warnings) {
        public ScannedSbom {
            warnings = List.copyOf(warnings);
        }
    }

    /** Every SBOM warning, prefixed with its file. */
    public List<String> sbomWarnings() {
        return sboms.stream()
                .flatMap(s -> s.warnings().stream()
                        .map(w -> s.file().map(f -> f + ": ").orElse("") + w))
                .toList();
    }

    /** The findings no VEX statement suppresses, most urgent first. */
    public List<VulnerabilityFinding> reported() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** The findings a {@code not_affected} or {@code fixed} VEX statement suppresses, most urgent first. */
    public List<VulnerabilityFinding> suppressed() {
        return findings.stream().filter(VulnerabilityFinding::suppressed).toList();
    }

    public int componentCount() {
        return sboms.stream().mapToInt(ScannedSbom::components).sum();
    }

    /** Reported findings per band. */
    public Map<PriorityBand, Integer> countByBand() {
        Map<PriorityBand, Integer> counts = new EnumMap<>(PriorityBand.class);
        for (PriorityBand band : PriorityBand.values()) {
            counts.put(band, 0);
        }
        reported().forEach(f -> counts.merge(f.priority().band(), 1, Integer::sum));
        return counts;
    }

    /** Reported findings that CISA lists as known exploited. */
    public long knownExploitedCount() {
        return reported().stream().filter(f -> f.knownExploited().isPresent()).count();
    }
}
