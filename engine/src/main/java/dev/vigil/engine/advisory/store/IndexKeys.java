package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.CpeConfiguration;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.HardwareId;
import dev.vigil.engine.advisory.PackageKey;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The index keys of one advisory: every way the matcher, or a user, will look for it.
 *
 * <ul>
 *   <li>{@code id:X} for the id, each alias and, for CSAF, each CVE the document covers;
 *   <li>{@code pkg:ECOSYSTEM:name} for OSV affected packages and CSAF purl helpers ({@link PackageKey});
 *   <li>{@code cpe:vendor:product} for vulnerable NVD criteria and CSAF CPE helpers ({@link CpeKey});
 *   <li>{@code csaf:vendor:product} for CSAF products by name ({@link ProductKey});
 *   <li>{@code model:}, {@code sku:}, {@code serial:} for CSAF hardware helpers ({@link HardwareId}).
 * </ul>
 */
final class IndexKeys {
    private IndexKeys() {}

    static Set<String> of(Advisory advisory) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(idKey(advisory.id()));
        advisory.aliases().forEach(alias -> keys.add(idKey(alias)));
        for (AffectedPackage affected : advisory.affected()) {
            if (affected.ecosystem() != null && affected.name() != null) {
                keys.add(affected.key().indexKey());
            }
            if (affected.purl() != null) {
                PackageKey.fromPurl(affected.purl()).forEach(key -> keys.add(key.indexKey()));
            }
        }
        for (CpeConfiguration configuration : advisory.cpeConfigurations()) {
            for (CpeConfiguration.Node node : configuration.nodes()) {
                for (CpeConfiguration.Criterion criterion : node.matches()) {
                    if (criterion.vulnerable()) {
                        criterion.key().ifPresent(key -> keys.add(key.indexKey()));
                    }
                }
            }
        }
        for (CsafVulnerability vulnerability : advisory.csafVulnerabilities()) {
            if (vulnerability.cve() != null) {
                keys.add(idKey(vulnerability.cve()));
            }
        }
        for (CsafProduct product : advisory.csafProducts()) {
            if (product.key() != null && !product.key().product().isEmpty()) {
                keys.add(product.key().indexKey());
            }
            CsafProduct.Identifiers ids = product.identifiers();
            ids.purls().forEach(purl -> PackageKey.fromPurl(purl).forEach(key -> keys.add(key.indexKey())));
            ids.cpes().forEach(cpe -> CpeKey.fromCpe(cpe).ifPresent(key -> keys.add(key.indexKey())));
            ids.modelNumbers().forEach(model -> keys.add(HardwareId.MODEL_NUMBER.indexKey(model)));
            ids.skus().forEach(sku -> keys.add(HardwareId.SKU.indexKey(sku)));
            ids.serialNumbers().forEach(serial -> keys.add(HardwareId.SERIAL_NUMBER.indexKey(serial)));
        }
        return keys;
    }

    /** Ids are kept as written: CVE and GHSA ids are already upper case by convention. */
    static String idKey(String id) {
        return "id:" + id.trim();
    }
}
