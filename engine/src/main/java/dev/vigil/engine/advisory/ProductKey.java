package dev.vigil.engine.advisory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A vendor and product name normalised for CSAF matching by name, which CISA's advisories require
 * when a product has no identification helper. Both the advisory side and the component side (SBOM
 * supplier and name) go through {@link #of} so the spellings {@code "B. Braun Melsungen AG"} and
 * {@code "b braun melsungen"} meet.
 *
 * <p>Rules: accents removed, lower case, every run of non-alphanumerics becomes one space, and legal
 * form suffixes (Inc, Corp, GmbH, AG, Ltd, LLC, ...) are dropped from the vendor. An empty vendor is
 * allowed (CSAF {@code full_product_names} have none).
 */
public record ProductKey(String vendor, String product) {

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "ltd",
            "limited",
            "llc",
            "gmbh",
            "ag",
            "sa",
            "se",
            "plc",
            "bv",
            "nv",
            "kg",
            "kgaa",
            "oy",
            "ab",
            "as",
            "spa",
            "srl",
            "pty");

    public static ProductKey of(String vendor, String product) {
        return new ProductKey(normaliseVendor(vendor), normaliseName(product));
    }

    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    public static String normaliseVendor(String vendor) {
        String name = normaliseName(vendor);
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_FORMS.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, end));
    }

    public String indexKey() {
        return "csaf:" + vendor + ":" + product;
    }
}
