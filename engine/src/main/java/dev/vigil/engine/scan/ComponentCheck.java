package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.vex.VexIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scan of single components, for callers that decide themselves which components need one (a
 * portfolio re-check). Matching and ranking are the scan's own; one instance keeps the scored CVSS
 * vectors between components, so reuse it for a batch. Not safe for concurrent use.
 */
public final class ComponentCheck {
    private final ComponentMatcher matcher;
    private final FindingAssembly assembly;

    ComponentCheck(AdvisoryStore store, VexIndex vex) {
        this.matcher = new ComponentMatcher(store);
        this.assembly = new FindingAssembly(store, vex);
    }

    /** The findings of one component, most urgent first; {@code sbom} names the file in the findings. */
    public List<VulnerabilityFinding> findings(SbomComponent component, Optional<Path> sbom) {
        List<VulnerabilityFinding> findings = new ArrayList<>();
        findingsInto(component, sbom, Optional.empty(), findings);
        findings.sort(Scan.ORDER);
        return findings;
    }

    void findingsInto(
            SbomComponent component,
            Optional<Path> sbom,
            Optional<SystemContext> context,
            List<VulnerabilityFinding> findings) {
        List<Match> matches = matcher.match(component);
        if (!matches.isEmpty()) {
            findings.addAll(assembly.assemble(component, sbom, matches, context));
        }
    }

    /**
     * The store index keys a scan looks {@code component} up by ({@code pkg:}, {@code cpe:},
     * {@code csaf:}, {@code model:}, {@code sku:}); an import whose changed keys include none of them
     * cannot change the component's findings.
     */
    public static List<String> lookupKeys(SbomComponent component) {
        return ComponentMatcher.Identity.of(component).indexKeys(component.name());
    }
}
