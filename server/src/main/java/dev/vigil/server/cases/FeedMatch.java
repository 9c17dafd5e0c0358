package dev.vigil.server.cases;

import dev.vigil.engine.scan.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vulnerability the monitor newly found on one product: what a draft case is opened from.
 *
 * @param cvssVector the advisory's CVSS v3 vector when it has one (the case then states it); otherwise the
 *     engine derives one from the model
 * @param affected every release and model element whose SBOM holds an affected component
 * @param components the monitor's ids of the affected components, with their labels: the releases holding them
 *     are {@code affected}, which a new case stores with one statement per batch rather than row by row
 */
public record FeedMatch(
        String product,
        String vulnerability,
        Optional<String> cve,
        Optional<String> cvssVector,
        boolean knownExploited,
        String summary,
        List<Affected> affected,
        Map<Long, String> components) {

    public FeedMatch {
        affected = List.copyOf(affected);
        components = Map.copyOf(components);
    }

    /** One release holding an affected component in the SBOM of model element {@code element}. */
    public record Affected(long releaseId, String version, String element, String component) {}

    public static Builder builder(String product, VulnerabilityFinding finding) {
        return new Builder(product, finding);
    }

    /** Collects the affected releases of one product and vulnerability across components. */
    public static final class Builder {
        private final String product;
        private final VulnerabilityFinding finding;
        private final List<Affected> affected = new ArrayList<>();
        private final Map<Long, String> components = new LinkedHashMap<>();

        private Builder(String product, VulnerabilityFinding finding) {
            this.product = product;
            this.finding = finding;
        }

        /** Release {@code releaseId} holds component {@code componentId} (labelled {@code component}) in an SBOM. */
        public Builder affects(long componentId, long releaseId, String version, String element, String component) {
            affected.add(new Affected(releaseId, version, element, component));
            components.put(componentId, component);
            return this;
        }

        public FeedMatch build() {
            Optional<String> cve = finding.id().startsWith("CVE-")
                    ? Optional.of(finding.id())
                    : finding.aliases().stream()
                            .filter(a -> a.startsWith("CVE-"))
                            .findFirst();
            Optional<String> vector = finding.cvss()
                    .map(c -> c.vector())
                    .filter(v -> v.startsWith("CVSS:3.0/") || v.startsWith("CVSS:3.1/"));
            String summary = finding.matches().stream()
                    .map(m -> m.record().summary())
                    .filter(s -> s != null && !s.isBlank())
                    .findFirst()
                    .orElse(finding.id() + " in " + finding.componentLabel());
            return new FeedMatch(
                    product,
                    finding.id(),
                    cve,
                    vector,
                    finding.knownExploited().isPresent(),
                    summary,
                    affected,
                    components);
        }
    }
}
