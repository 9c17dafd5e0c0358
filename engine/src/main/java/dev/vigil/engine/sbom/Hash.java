package dev.vigil.engine.sbom;

import java.util.Objects;

/**
 * A digest of a component as the SBOM states it.
 *
 * @param algorithm as spelled by CycloneDX ({@code SHA-256}); SPDX names are mapped to that spelling
 * @param value lower-case hex as given
 */
public record Hash(String algorithm, String value) {
    public Hash {
        Objects.requireNonNull(algorithm, "algorithm == null");
        Objects.requireNonNull(value, "value == null");
    }
}
