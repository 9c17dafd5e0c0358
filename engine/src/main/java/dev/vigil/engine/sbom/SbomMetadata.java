package dev.vigil.engine.sbom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an SBOM says about itself. Absent values are {@code null}; lists are never null.
 *
 * @param specVersion {@code 1.6}, {@code 2.3}, ...
 * @param serialNumber CycloneDX {@code serialNumber} or SPDX {@code documentNamespace}
 * @param name SPDX document name; CycloneDX has none, so the described subject's name is used
 * @param subjectRef ref of the component the SBOM describes (CycloneDX {@code metadata.component},
 *     SPDX {@code DESCRIBES}); null when none is named
 * @param created creation time
 * @param tools the tools that produced it, as {@code name version}
 * @param authors people or organisations that authored the SBOM data
 */
public record SbomMetadata(
        SbomFormat format,
        String specVersion,
        String serialNumber,
        String name,
        String subjectRef,
        Instant created,
        List<String> tools,
        List<String> authors) {

    public SbomMetadata {
        Objects.requireNonNull(format, "format == null");
        Objects.requireNonNull(specVersion, "specVersion == null");
        tools = List.copyOf(tools);
        authors = List.copyOf(authors);
    }
}
