package dev.vigil.engine.sbom;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One component of an SBOM, whatever the source format. Absent values are {@code null}; lists are
 * never null.
 *
 * @param ref the document-local id ({@code bom-ref} or {@code SPDXID}); generated when the SBOM has none
 * @param type CycloneDX component type ({@code library}, {@code application}, ...) or SPDX primary
 *     purpose, lower case
 * @param group CycloneDX group (Maven groupId, npm scope, ...)
 * @param purl the canonical package URL; null when absent or unparsable (then a warning says why)
 * @param cpe CPE 2.2 or 2.3 as given
 * @param supplier the organisation that supplies the component
 * @param author who made the component (CycloneDX {@code author}/{@code authors}, SPDX originator)
 * @param scope CycloneDX scope ({@code required}, {@code optional}, {@code excluded})
 * @param supportLevel FDA "level of support" as stated (see docs/sbom-import.md for the names read)
 * @param endOfSupport FDA "end-of-support date"
 */
public record SbomComponent(
        String ref,
        String type,
        String group,
        String name,
        String version,
        String purl,
        String cpe,
        String supplier,
        String author,
        List<Hash> hashes,
        List<String> licenses,
        String scope,
        String supportLevel,
        LocalDate endOfSupport) {

    public SbomComponent {
        Objects.requireNonNull(ref, "ref == null");
        hashes = List.copyOf(hashes);
        licenses = List.copyOf(licenses);
    }

    /** {@code name@version}, or the name alone; for messages and listings. */
    public String displayName() {
        String full = group == null || group.isBlank() ? name : group + "/" + name;
        return version == null ? String.valueOf(full) : full + "@" + version;
    }
}
