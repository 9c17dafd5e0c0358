package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.store.StoreStats;
import dev.vigil.engine.sbom.SbomComponent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a scan could judge, so that "0 vulnerabilities" is never read as more than it is: how many
 * components carried an identifier (purl or CPE) the matchers can use, the ecosystems of those components
 * the store holds no advisory for, how old each source of the store is (its newest record), and the model
 * components running software without an SBOM, which were not checked at all.
 *
 * @param components components read from the SBOMs
 * @param withIdentifiers components with a purl or a CPE
 * @param ecosystems OSV ecosystem of each purl, with the number of components in it
 * @param ecosystemsWithoutData ecosystems of {@code ecosystems} the store has no OSV record for
 * @param sources per advisory source, the newest record's modification date (empty when unknown)
 * @param scanDate the date ages are counted to
 * @param unchecked model components that run software but name no SBOM
 * @param sbomsScanned how many SBOMs were read
 */
public record ScanCoverage(
        int components,
        int withIdentifiers,
        Map<String, Integer> ecosystems,
        List<String> ecosystemsWithoutData,
        Map<String, Optional<LocalDate>> sources,
        LocalDate scanDate,
        List<String> unchecked,
        int sbomsScanned) {

    public ScanCoverage {
        ecosystems = Map.copyOf(ecosystems);
        ecosystemsWithoutData = List.copyOf(ecosystemsWithoutData);
        sources = Map.copyOf(sources);
        Objects.requireNonNull(scanDate, "scanDate == null");
        unchecked = List.copyOf(unchecked);
    }

    /** Nothing was read: no SBOM, no store statistics. */
    static ScanCoverage none(LocalDate date) {
        return new ScanCoverage(0, 0, Map.of(), List.of(), Map.of(), date, List.of(), 0);
    }

    /** Counts the identifiers and ecosystems of {@code components} against the store's statistics. */
    static ScanCoverage of(
            List<SbomComponent> components,
            StoreStats stats,
            LocalDate date,
            List<String> unchecked,
            int sbomsScanned) {
        int identified = 0;
        Map<String, Integer> ecosystems = new TreeMap<>();
        for (SbomComponent c : components) {
            boolean purl = c.purl() != null && !c.purl().isBlank();
            boolean cpe = c.cpe() != null && !c.cpe().isBlank();
            if (purl || cpe) {
                identified++;
            }
            if (purl) {
                PackageKey.fromPurl(c.purl()).stream()
                        .map(PackageKey::ecosystem)
                        .distinct()
                        .forEach(e -> ecosystems.merge(e, 1, Integer::sum));
            }
        }
        List<String> lacking = ecosystems.keySet().stream()
                .filter(e -> stats.byEcosystem().getOrDefault(e, 0L) == 0)
                .toList();
        Map<String, Optional<LocalDate>> sources = new TreeMap<>();
        stats.bySource()
                .keySet()
                .forEach(s -> sources.put(
                        s, Optional.ofNullable(stats.newestBySource().get(s)).map(LocalDate::parse)));
        return new ScanCoverage(
                components.size(), identified, ecosystems, lacking, sources, date, unchecked, sbomsScanned);
    }

    /** Days from a source's newest record to the scan date; empty when the store does not know. */
    public Optional<Long> ageInDays(String source) {
        return sources.getOrDefault(source, Optional.empty()).map(d -> ChronoUnit.DAYS.between(d, scanDate));
    }

    /**
     * Why the scan cannot count as a pass, empty when every part was checked: no SBOM at all, or model
     * components running software without one.
     */
    public Optional<String> notChecked() {
        if (sbomsScanned == 0) {
            return Optional.of("not checked: no SBOM was read"
                    + (unchecked.isEmpty()
                            ? ""
                            : " (components without an SBOM: " + String.join(", ", unchecked) + ")"));
        }
        if (!unchecked.isEmpty()) {
            return Optional.of(
                    "partly not checked: components running software without an SBOM: " + String.join(", ", unchecked));
        }
        return Optional.empty();
    }

    /** One line for people: identifiers, missing ecosystems, source ages, unchecked components. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("coverage: " + withIdentifiers + " of " + components + " components had a purl or CPE"
                + (components > withIdentifiers
                        ? " (" + (components - withIdentifiers) + " could not be matched)"
                        : ""));
        if (!ecosystemsWithoutData.isEmpty()) {
            lines.add("coverage: the store holds no advisories for " + String.join(", ", ecosystemsWithoutData)
                    + ": those components were not checked");
        }
        List<String> ages = new ArrayList<>();
        for (String source : sources.keySet()) {
            ages.add(source + " "
                    + sources.get(source)
                            .map(d -> "newest record " + d + ", "
                                    + ageInDays(source).orElseThrow() + " days old")
                            .orElse("age unknown (store imported before ages were recorded)"));
        }
        if (!ages.isEmpty()) {
            lines.add("sources: " + String.join("; ", ages));
        }
        notChecked().ifPresent(lines::add);
        return lines;
    }
}
