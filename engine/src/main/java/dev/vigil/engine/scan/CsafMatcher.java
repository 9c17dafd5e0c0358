package dev.vigil.engine.scan;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches a component against CSAF documents. A product that has identification helpers is matched
 * only through them (purl, CPE, model number or SKU); a product without helpers is matched, as CISA's
 * advisories require, by normalised supplier and product name ({@link ProductKey}) within the
 * product's version or version range. Each vulnerability of the document listing a matched product as
 * affected gives one match.
 */
final class CsafMatcher {
    private static final Set<String> AFFECTED = Set.of("known_affected", "first_affected", "last_affected");

    /** What the component offers for CSAF matching. */
    record Subject(String purl, List<PackageKey> purlKeys, CpeName cpe, ProductKey name, String version) {}

    List<Match> match(Subject subject, List<Advisory> candidates) {
        List<Match> matches = new ArrayList<>();
        Map<String, Advisory> unique = new LinkedHashMap<>();
        for (Advisory record : candidates) {
            if (record.source() == AdvisorySource.CSAF && !record.isWithdrawn()) {
                unique.putIfAbsent(record.storeKey(), record);
            }
        }
        for (Advisory record : unique.values()) {
            Map<String, ProductMatch> products = new LinkedHashMap<>();
            for (CsafProduct product : record.csafProducts()) {
                matchProduct(product, subject).ifPresent(m -> products.put(product.productId(), m));
            }
            if (products.isEmpty()) {
                continue;
            }
            for (CsafVulnerability vulnerability : record.csafVulnerabilities()) {
                Optional<ProductMatch> hit = affectedProduct(vulnerability, products);
                if (hit.isPresent()) {
                    matches.add(
                            new Match(record, hit.get().rule(), hit.get().evidence(), idsOf(record, vulnerability)));
                }
            }
        }
        return matches;
    }

    private record ProductMatch(MatchRule rule, String evidence) {}

    private static Optional<ProductMatch> affectedProduct(
            CsafVulnerability vulnerability, Map<String, ProductMatch> products) {
        for (Map.Entry<String, List<String>> status :
                vulnerability.productStatus().entrySet()) {
            if (!AFFECTED.contains(status.getKey())) {
                continue;
            }
            for (String id : status.getValue()) {
                ProductMatch m = products.get(id);
                if (m != null) {
                    return Optional.of(new ProductMatch(m.rule(), m.evidence() + " (" + status.getKey() + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> idsOf(Advisory record, CsafVulnerability vulnerability) {
        List<String> ids = new ArrayList<>();
        if (vulnerability.cve() != null) {
            ids.add(vulnerability.cve());
        }
        for (String id : vulnerability.ids()) {
            int colon = id.indexOf(':');
            ids.add(colon < 0 ? id : id.substring(colon + 1));
        }
        if (ids.isEmpty()) {
            ids.add(record.id());
        }
        return ids;
    }

    static Optional<ProductMatch> matchProduct(CsafProduct product, Subject subject) {
        CsafProduct.Identifiers helpers = product.identifiers();
        boolean hasHelpers = !helpers.purls().isEmpty()
                || !helpers.cpes().isEmpty()
                || !helpers.modelNumbers().isEmpty()
                || !helpers.skus().isEmpty();
        if (hasHelpers) {
            return byHelper(product, subject).map(e -> new ProductMatch(MatchRule.CSAF_HELPER, e));
        }
        if (product.key() == null || subject.name() == null || !product.key().equals(subject.name())) {
            return Optional.empty();
        }
        return versionFits(product, subject.version())
                .map(v -> new ProductMatch(
                        MatchRule.CSAF_NAME_RANGE, "product '" + describe(product) + "' by supplier and name, " + v));
    }

    private static Optional<String> byHelper(CsafProduct product, Subject subject) {
        CsafProduct.Identifiers helpers = product.identifiers();
        for (String purl : helpers.purls()) {
            List<PackageKey> keys = PackageKey.fromPurl(purl);
            if (subject.purlKeys().isEmpty() || keys.stream().noneMatch(subject.purlKeys()::contains)) {
                continue;
            }
            String helperVersion = purlVersion(purl);
            if (helperVersion != null) {
                if (subject.version() != null && LooseVersion.compare(helperVersion, subject.version()) == 0) {
                    return Optional.of("helper purl " + purl);
                }
                continue;
            }
            Optional<String> fits = versionFits(product, subject.version());
            if (fits.isPresent()) {
                return Optional.of("helper purl " + purl + ", " + fits.get());
            }
        }
        for (String cpe : helpers.cpes()) {
            Optional<CpeName> helper = CpeName.parse(cpe);
            if (subject.cpe() == null
                    || helper.isEmpty()
                    || !helper.get().vendor().equals(subject.cpe().vendor())
                    || !helper.get().product().equals(subject.cpe().product())) {
                continue;
            }
            if (CpeName.specific(helper.get().version())) {
                if (subject.version() != null
                        && LooseVersion.compare(helper.get().version(), subject.version()) == 0) {
                    return Optional.of("helper CPE " + cpe);
                }
                continue;
            }
            Optional<String> fits = versionFits(product, subject.version());
            if (fits.isPresent()) {
                return Optional.of("helper CPE " + cpe + ", " + fits.get());
            }
        }
        String name = subject.name() == null ? null : subject.name().product();
        for (String model : concat(helpers.modelNumbers(), helpers.skus())) {
            if (name == null || !ProductKey.normaliseName(model).equals(name)) {
                continue;
            }
            Optional<String> fits = versionFits(product, subject.version());
            if (fits.isPresent()) {
                return Optional.of("helper model number/SKU " + model + ", " + fits.get());
            }
        }
        return Optional.empty();
    }

    /** How the product's version statement covers {@code version}, or empty when it does not. */
    static Optional<String> versionFits(CsafProduct product, String version) {
        if (product.version() != null && product.version().startsWith("vers:")) {
            // CISA sometimes files "vers:all/*" as a product_version; it is a range all the same.
            return CsafVersionRange.parse(product.version())
                    .filter(r -> r.contains(version))
                    .map(r -> "version " + product.version());
        }
        if (product.version() != null) {
            return version != null && LooseVersion.compare(product.version(), version) == 0
                    ? Optional.of("version " + product.version())
                    : Optional.empty();
        }
        if (product.versionRange() != null) {
            return CsafVersionRange.parse(product.versionRange())
                    .filter(r -> r.contains(version))
                    .map(r -> "version range " + product.versionRange());
        }
        return Optional.of("no version stated (all versions)");
    }

    private static String describe(CsafProduct product) {
        return product.fullName() != null
                ? product.fullName()
                : (product.vendor() == null ? "" : product.vendor() + " ") + product.productName();
    }

    private static String purlVersion(String purl) {
        try {
            return new PackageURL(purl).getVersion();
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static ProductKey nameKey(String supplier, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return ProductKey.of(supplier == null ? "" : supplier.toLowerCase(Locale.ROOT), name);
    }
}
