package dev.vigil.engine.sbom;

import java.util.List;
import java.util.Locale;

/**
 * One SPDX package while its JSON object or tag-value lines are read: SPDX's spellings turned into the
 * fields of the {@link ComponentDraft} the CycloneDX readers fill, so both standards build components in
 * one place.
 */
final class SpdxPackageDraft {
    final ComponentDraft draft = new ComponentDraft();
    private String validUntil;
    private String licenseConcluded;
    private String licenseDeclared;

    void id(String id) {
        draft.ref = blankToNull(id);
    }

    void name(String name) {
        draft.name = name;
    }

    void version(String version) {
        draft.version = version;
    }

    void supplier(String supplier) {
        draft.supplier = SpdxMapping.party(supplier);
    }

    void originator(String originator) {
        draft.author = SpdxMapping.party(originator);
    }

    /** APPLICATION, OPERATING_SYSTEM, ... as the lower-case, hyphenated type. */
    void purpose(String purpose) {
        String text = blankToNull(purpose);
        draft.type = text == null ? null : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void validUntil(String date) {
        validUntil = blankToNull(date);
    }

    void licenseConcluded(String license) {
        licenseConcluded = license;
    }

    void licenseDeclared(String license) {
        licenseDeclared = license;
    }

    /** An external reference; the first purl and the first CPE (2.3 or 2.2) are kept. */
    void externalRef(String type, String locator) {
        if (type == null || locator == null) {
            return;
        }
        // The type is "purl" or its full URI ".../references/purl"; likewise for the CPE types.
        String kind = type.strip();
        if (kind.endsWith("purl") && draft.purl == null) {
            draft.purl = locator.strip();
        } else if ((kind.endsWith("cpe23Type") || kind.endsWith("cpe22Type")) && draft.cpe == null) {
            draft.cpe = locator.strip();
        }
    }

    /** A checksum: SHA1 becomes SHA-1, BLAKE2b_256 becomes BLAKE2b-256; the value in lower case. */
    void checksum(String algorithm, String value) {
        if (algorithm == null || value == null || algorithm.isBlank() || value.isBlank()) {
            return;
        }
        String name = algorithm.strip();
        name = name.matches("SHA\\d+") ? "SHA-" + name.substring(3) : name.replace('_', '-');
        draft.hashes.add(new Hash(name, value.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * An annotation's comment: lines (or {@code ;}-separated parts) of the form {@code key: value} or
     * {@code key=value} may carry the FDA support fields.
     */
    void annotation(String comment) {
        if (comment == null) {
            return;
        }
        for (String line : comment.split("\\R|;")) {
            int separator = separator(line);
            if (separator >= 0) {
                draft.property(
                        line.substring(0, separator),
                        line.substring(separator + 1).strip());
            }
        }
    }

    List<SbomComponent> build(SbomBuilder builder) {
        license(licenseConcluded);
        license(licenseDeclared);
        if (validUntil != null) {
            // The standard's own field wins over an annotation.
            draft.endOfSupport = validUntil;
        }
        return draft.build(builder, "package");
    }

    private void license(String license) {
        if (license == null) {
            return;
        }
        String text = SpdxLicenses.normalise(license);
        if (!text.isEmpty() && !text.equals("NOASSERTION") && !text.equals("NONE") && !draft.licenses.contains(text)) {
            draft.licenses.add(text);
        }
    }

    /** The key of a {@code key: value} or {@code key=value} annotation line; -1 when none. */
    private static int separator(String line) {
        // "vigil:support:level=active" has colons in the key and "eos: 2030-01-01T00:00:00Z" in the
        // value, so "=" wins, then the first ": ".
        int equals = line.indexOf('=');
        if (equals > 0) {
            return equals;
        }
        int colon = line.indexOf(": ");
        return colon > 0 ? colon : -1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
