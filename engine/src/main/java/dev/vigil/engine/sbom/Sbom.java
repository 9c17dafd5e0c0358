package dev.vigil.engine.sbom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An imported SBOM: immutable and complete (a reader either returns all of it or throws).
 *
 * @param components every component, nested ones flattened, the described subject included when the
 *     SBOM lists it (see {@link SbomMetadata#subjectRef()})
 * @param dependencies component ref to the refs it depends on, in document order; a ref with an empty
 *     list is a component the SBOM states has no dependencies
 * @param warnings problems that did not stop the import (an unparsable purl, skipped validation, ...)
 */
public record Sbom(
        SbomMetadata metadata,
        List<SbomComponent> components,
        Map<String, List<String>> dependencies,
        List<String> warnings) {

    public Sbom {
        Objects.requireNonNull(metadata, "metadata == null");
        components = List.copyOf(components);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        dependencies.forEach((ref, on) -> copy.put(ref, List.copyOf(on)));
        dependencies = Collections.unmodifiableMap(copy);
        warnings = List.copyOf(warnings);
    }

    /** The component with this ref, if the SBOM lists one. */
    public Optional<SbomComponent> findComponent(String ref) {
        return components.stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    /** The component the SBOM describes (the product), if it names one. */
    public Optional<SbomComponent> subject() {
        return metadata.subjectRef() == null ? Optional.empty() : findComponent(metadata.subjectRef());
    }

    /** The refs this component depends on; empty when none are stated. */
    public List<String> dependenciesOf(String ref) {
        return dependencies.getOrDefault(ref, List.of());
    }
}
