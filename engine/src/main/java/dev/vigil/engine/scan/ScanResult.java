package dev.vigil.engine.scan;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scan found, findings sorted by priority (most urgent first).
 *
 * @param sboms each SBOM scanned, with the model component it belongs to
 */
public record ScanResult(List<ScannedSbom> sboms, List<VulnerabilityFinding> findings) {

    public ScanResult {
        sboms = List.copyOf(sboms);
        findings = List.copyOf(findings);
    }

    /** One SBOM of the scan; {@code file} is empty for an SBOM given in memory. */
    public record ScannedSbom(Optional<Path> file, Optional<String> modelComponent, int components) {}

    public int componentCount() {
        return sboms.stream().mapToInt(ScannedSbom::components).sum();
    }

    public Map<PriorityBand, Integer> countByBand() {
        Map<PriorityBand, Integer> counts = new EnumMap<>(PriorityBand.class);
        for (PriorityBand band : PriorityBand.values()) {
            counts.put(band, 0);
        }
        findings.forEach(f -> counts.merge(f.priority().band(), 1, Integer::sum));
        return counts;
    }

    public long knownExploitedCount() {
        return findings.stream().filter(f -> f.knownExploited().isPresent()).count();
    }
}
