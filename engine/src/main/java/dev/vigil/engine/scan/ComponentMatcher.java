package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.HardwareId;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import dev.vigil.engine.advisory.store.AdvisoryStore;
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

    /**
     * How a component is looked up in the store: the identities read off it and the index keys they
     * give. {@link #match} searches exactly these keys, so a record carrying none of them cannot change
     * this component's matches (what a portfolio re-check relies on).
     */
    record Identity(
            Optional<PurlMatcher.PurlIdentity> purl,
            Optional<CpeName> cpe,
            Optional<CpeKey> cpeKey,
            String version,
            ProductKey name,
            boolean byHardwareId) {

        static Identity of(SbomComponent component) {
            Optional<PurlMatcher.PurlIdentity> purl =
                    PurlMatcher.PurlIdentity.of(component.purl(), component.version());
            String version = purl.map(PurlMatcher.PurlIdentity::version).orElse(component.version());
            Optional<CpeName> cpe = CpeName.parse(component.cpe());
            Optional<CpeKey> cpeKey = Optional.empty();
            if (purl.isEmpty() && cpe.isPresent()) {
                if (version == null || version.isBlank()) {
                    version = CpeName.specific(cpe.get().version()) ? cpe.get().version() : null;
                } else if (CpeName.specific(cpe.get().version())) {
                    version = cpe.get().version(); // the CPE's own version is what its vendor:product speak of
                }
                cpeKey = CpeKey.fromCpe(component.cpe());
            }
            // CSAF products are matched by supplier and name, and devices by model number; a package
            // identified by its purl without a supplier is neither, and skipping those lookups keeps a
            // 10,000-package scan to one index search per package.
            String vendor = vendorOf(component);
            boolean byName = purl.isEmpty() || vendor != null;
            ProductKey name = byName ? CsafMatcher.nameKey(vendor, component.name()) : null;
            return new Identity(purl, cpe, cpeKey, version, name, name != null && purl.isEmpty());
        }

        /** The store index keys this component is looked up by, in lookup order. */
        List<String> indexKeys(String componentName) {
            List<String> keys = new ArrayList<>();
            purl.ifPresent(p -> p.keys().forEach(key -> keys.add(key.indexKey())));
            cpeKey.ifPresent(key -> keys.add(key.indexKey()));
            if (name != null) {
                keys.add(name.indexKey());
            }
            if (byHardwareId) {
                keys.add(HardwareId.MODEL_NUMBER.indexKey(componentName));
                keys.add(HardwareId.SKU.indexKey(componentName));
            }
            return keys;
        }
    }

    List<Match> match(SbomComponent component) {
        return match(component, Identity.of(component));
    }

    List<Match> match(SbomComponent component, Identity identity) {
        List<Match> matches = new ArrayList<>();
        List<Advisory> csafCandidates = new ArrayList<>();
        Optional<PurlMatcher.PurlIdentity> purl = identity.purl();
        String version = identity.version();
        if (purl.isPresent()) {
            for (PackageKey key : purl.get().keys()) {
                List<Advisory> candidates = store.findCandidates(key);
                matches.addAll(purls.match(purl.get(), candidates, key));
                csafCandidates.addAll(candidates);
            }
        } else if (identity.cpeKey().isPresent()) {
            List<Advisory> candidates = store.findCandidates(identity.cpeKey().get());
            matches.addAll(cpes.match(identity.cpe().get(), version, candidates));
            csafCandidates.addAll(candidates);
        }
        ProductKey name = identity.name();
        if (name != null) {
            csafCandidates.addAll(store.findCandidates(name));
        }
        if (identity.byHardwareId()) {
            csafCandidates.addAll(store.findCandidates(HardwareId.MODEL_NUMBER, component.name()));
            csafCandidates.addAll(store.findCandidates(HardwareId.SKU, component.name()));
        }
        if (!csafCandidates.isEmpty()) {
            CsafMatcher.Subject subject = new CsafMatcher.Subject(
                    component.purl(),
                    purl.map(PurlMatcher.PurlIdentity::keys).orElse(List.of()),
                    identity.cpe().orElse(null),
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
