package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.HardwareId;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import dev.vigil.engine.sbom.SbomComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the advisory records that affect one SBOM component, in the order the identities deserve
 * trust: the purl first; the CPE only when there is no usable purl; CSAF products by helper or, when
 * a product has none, by supplier and name.
 */
final class ComponentMatcher {
    private final AdvisoryStore store;
    private final PurlMatcher purls = new PurlMatcher();
    private final CpeMatcher cpes = new CpeMatcher();
    private final CsafMatcher csaf = new CsafMatcher();

    ComponentMatcher(AdvisoryStore store) {
        this.store = store;
    }

    List<Match> match(SbomComponent component) {
        List<Match> matches = new ArrayList<>();
        List<Advisory> csafCandidates = new ArrayList<>();
        Optional<PurlMatcher.PurlIdentity> purl = PurlMatcher.PurlIdentity.of(component.purl(), component.version());
        String version = purl.map(PurlMatcher.PurlIdentity::version).orElse(component.version());
        Optional<CpeName> cpe = CpeName.parse(component.cpe());
        if (purl.isPresent()) {
            for (PackageKey key : purl.get().keys()) {
                List<Advisory> candidates = store.findCandidates(key);
                matches.addAll(purls.match(purl.get(), candidates, key));
                csafCandidates.addAll(candidates);
            }
        } else if (cpe.isPresent()) {
            if (version == null || version.isBlank()) {
                version = CpeName.specific(cpe.get().version()) ? cpe.get().version() : null;
            } else if (CpeName.specific(cpe.get().version())) {
                version = cpe.get().version(); // the CPE's own version is what its vendor:product speak of
            }
            Optional<CpeKey> key = CpeKey.fromCpe(component.cpe());
            if (key.isPresent()) {
                List<Advisory> candidates = store.findCandidates(key.get());
                matches.addAll(cpes.match(cpe.get(), version, candidates));
                csafCandidates.addAll(candidates);
            }
        }
        // CSAF products are matched by supplier and name, and devices by model number; a package
        // identified by its purl without a supplier is neither, and skipping those lookups keeps a
        // 10,000-package scan to one index search per package.
        String vendor = vendorOf(component);
        boolean byName = purl.isEmpty() || vendor != null;
        ProductKey name = byName ? CsafMatcher.nameKey(vendor, component.name()) : null;
        if (name != null) {
            csafCandidates.addAll(store.findCandidates(name));
        }
        if (name != null && purl.isEmpty()) {
            csafCandidates.addAll(store.findCandidates(HardwareId.MODEL_NUMBER, component.name()));
            csafCandidates.addAll(store.findCandidates(HardwareId.SKU, component.name()));
        }
        if (!csafCandidates.isEmpty()) {
            CsafMatcher.Subject subject = new CsafMatcher.Subject(
                    component.purl(),
                    purl.map(PurlMatcher.PurlIdentity::keys).orElse(List.of()),
                    cpe.orElse(null),
                    name,
                    version);
            matches.addAll(csaf.match(subject, csafCandidates));
        }
        return matches;
    }

    /** The organisation that names the product: the supplier, else the author. */
    private static String vendorOf(SbomComponent component) {
        if (component.supplier() != null && !component.supplier().isBlank()) {
            return component.supplier();
        }
        return component.author() == null || component.author().isBlank() ? null : component.author();
    }
}
