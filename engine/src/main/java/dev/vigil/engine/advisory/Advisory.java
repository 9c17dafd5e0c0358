package dev.vigil.engine.advisory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One advisory as Vigil keeps it, whatever feed it came from.
 *
 * <p>Matching data stays as close to the feed as possible (raw OSV range events, CPE criteria with
 * their bounds, CSAF version ranges as written) because version semantics belong to the matcher, not
 * to the store. Lists are never null.
 *
 * @param id the feed's identifier (OSV id, CVE id for NVD, tracking id for CSAF)
 * @param source the feed family; {@code source + id} is the primary key in the store
 * @param aliases other identifiers of the same vulnerability (CVE, GHSA, PYSEC, GO ...)
 * @param withdrawn when the publisher withdrew or rejected the record, or null; withdrawn records are
 *     kept but never returned as match candidates
 * @param cwes CWE ids such as {@code CWE-79}
 * @param csafVulnerabilities for CSAF only: the document's vulnerabilities with product status
 */
public record Advisory(
        String id,
        AdvisorySource source,
        List<String> aliases,
        Instant published,
        Instant modified,
        Instant withdrawn,
        String summary,
        String details,
        List<Severity> severities,
        List<AffectedPackage> affected,
        List<CpeConfiguration> cpeConfigurations,
        List<CsafProduct> csafProducts,
        List<CsafVulnerability> csafVulnerabilities,
        List<Reference> references,
        List<String> cwes) {

    public Advisory {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(source, "source == null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        severities = List.copyOf(severities == null ? List.of() : severities);
        affected = List.copyOf(affected == null ? List.of() : affected);
        cpeConfigurations = List.copyOf(cpeConfigurations == null ? List.of() : cpeConfigurations);
        csafProducts = List.copyOf(csafProducts == null ? List.of() : csafProducts);
        csafVulnerabilities = List.copyOf(csafVulnerabilities == null ? List.of() : csafVulnerabilities);
        references = List.copyOf(references == null ? List.of() : references);
        cwes = List.copyOf(cwes == null ? List.of() : cwes);
    }

    /** The key that identifies this record in the store: a CVE from NVD and an OSV CVE record differ. */
    public String storeKey() {
        return source + "/" + id;
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    /** The CVE ids this record speaks about: its id, its aliases and, for CSAF, each vulnerability's CVE. */
    public List<String> cves() {
        java.util.LinkedHashSet<String> cves = new java.util.LinkedHashSet<>();
        if (id.startsWith("CVE-")) {
            cves.add(id);
        }
        aliases.stream().filter(a -> a.startsWith("CVE-")).forEach(cves::add);
        csafVulnerabilities.stream()
                .map(CsafVulnerability::cve)
                .filter(Objects::nonNull)
                .forEach(cves::add);
        return List.copyOf(cves);
    }
}
