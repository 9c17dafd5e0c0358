package dev.vigil.engine.portfolio;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one check of a portfolio did.
 *
 * @param pairsChecked (SBOM, component) pairs matched against the store
 * @param changes every added, changed and removed finding, by SBOM name then vulnerability id
 */
public record PortfolioCheck(int pairsChecked, List<FindingChange> changes, Duration elapsed) {

    public PortfolioCheck {
        changes = List.copyOf(changes);
    }

    public long count(FindingChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The changes grouped by SBOM name, names sorted. */
    public Map<String, List<FindingChange>> bySbom() {
        Map<String, List<FindingChange>> grouped = new TreeMap<>();
        for (FindingChange change : changes) {
            grouped.computeIfAbsent(change.sbom(), s -> new java.util.ArrayList<>())
                    .add(change);
        }
        grouped.replaceAll((s, list) -> List.copyOf(list));
        return grouped;
    }
}
