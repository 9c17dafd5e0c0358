package dev.vigil.engine.advisory;

import java.util.List;

/**
 * One product of a CSAF product tree, flattened from its branch path.
 *
 * @param productId the document-local product id the vulnerabilities refer to
 * @param vendor the {@code vendor} branch name, or null for {@code full_product_names} entries
 * @param productName the {@code product_name} branch name (or the full name when there is no branch)
 * @param family the {@code product_family} branch name, or null
 * @param version an exact {@code product_version}, or null
 * @param versionRange a {@code product_version_range} as written ({@code <=12.1.3}, {@code vers:...}),
 *     or null
 * @param fullName the product's full name
 * @param relatesTo for a relationship product: the product it is a component of, else null
 */
public record CsafProduct(
        String productId,
        String vendor,
        String productName,
        String family,
        String version,
        String versionRange,
        String fullName,
        String relatesTo,
        Identifiers identifiers) {

    public CsafProduct {
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
    }

    /** The normalised vendor + product key, or null without a product name. */
    public ProductKey key() {
        return productName == null ? null : ProductKey.of(vendor, productName);
    }

    /** CSAF {@code product_identification_helper}; lists are never null. */
    public record Identifiers(
            List<String> cpes,
            List<String> purls,
            List<String> modelNumbers,
            List<String> skus,
            List<String> serialNumbers) {

        static final Identifiers NONE = new Identifiers(null, null, null, null, null);

        public Identifiers {
            cpes = List.copyOf(cpes == null ? List.of() : cpes);
            purls = List.copyOf(purls == null ? List.of() : purls);
            modelNumbers = List.copyOf(modelNumbers == null ? List.of() : modelNumbers);
            skus = List.copyOf(skus == null ? List.of() : skus);
            serialNumbers = List.copyOf(serialNumbers == null ? List.of() : serialNumbers);
        }
    }
}
