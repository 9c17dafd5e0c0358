package dev.vigil.engine.postmarket.casefile;

import dev.vigil.engine.source.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A postmarket vulnerability case ({@code vigil-case: 1}, docs/case-format.md): what the manufacturer learned,
 * when, about which product, the vulnerabilities and what has been done so far.
 *
 * @param productAt where the product id was written, to point at it when it does not match the model
 * @param disclosureDays the coordinated-disclosure period, when the case sets its own
 * @param nis2 whether the manufacturer is an essential or important entity under NIS2 (empty: not stated)
 */
public record CaseFile(
        Path file,
        String id,
        String title,
        String product,
        Location productAt,
        LocalDate aware,
        Source source,
        List<CaseVulnerability> vulnerabilities,
        Incident incident,
        Milestones milestones,
        Optional<Integer> disclosureDays,
        Optional<Boolean> nis2) {

    public CaseFile {
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    /** Whether any vulnerability of the case is known to have caused serious adverse events or deaths. */
    public boolean adverseEvents() {
        return vulnerabilities.stream().anyMatch(CaseVulnerability::adverseEvents) || incident.death();
    }

    /** Who told the manufacturer. */
    public enum Source {
        RESEARCHER,
        CUSTOMER,
        FEED,
        INTERNAL,
        REGULATOR,
        ISAO;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
