package dev.vigil.engine.sbom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The NTIA minimum elements and FDA fields of one SBOM: which document-level elements are missing,
 * how many components carry each component-level element, and what each component lacks. Gaps are
 * findings, not errors: a readable SBOM always gets a report.
 *
 * @param present for every component-level element, how many components have it
 * @param documentGaps missing document-level elements (author, timestamp)
 */
public record QualityReport(
        int componentCount,
        Map<QualityElement, Integer> present,
        List<QualityElement> documentGaps,
        List<ComponentQuality> components) {

    public QualityReport {
        present = Collections.unmodifiableMap(new EnumMap<>(present));
        documentGaps = List.copyOf(documentGaps);
        components = List.copyOf(components);
    }

    /** Checks every component of the SBOM. */
    public static QualityReport of(Sbom sbom) {
        Objects.requireNonNull(sbom, "sbom == null");
        Set<String> related = new HashSet<>(sbom.dependencies().keySet());
        sbom.dependencies().values().forEach(related::addAll);
        Map<QualityElement, Integer> present = new EnumMap<>(QualityElement.class);
        List<ComponentQuality> components = new ArrayList<>();
        for (SbomComponent component : sbom.components()) {
            List<QualityElement> missing = new ArrayList<>();
            for (QualityElement element : QualityElement.values()) {
                if (element.documentLevel()) {
                    continue;
                }
                if (has(element, component, related)) {
                    present.merge(element, 1, Integer::sum);
                } else {
                    present.putIfAbsent(element, 0);
                    missing.add(element);
                }
            }
            components.add(new ComponentQuality(component.ref(), component.displayName(), missing));
        }
        for (QualityElement element : QualityElement.values()) {
            if (!element.documentLevel()) {
                present.putIfAbsent(element, 0);
            }
        }
        List<QualityElement> documentGaps = new ArrayList<>();
        if (sbom.metadata().authors().isEmpty()) {
            documentGaps.add(QualityElement.AUTHOR);
        }
        if (sbom.metadata().created() == null) {
            documentGaps.add(QualityElement.TIMESTAMP);
        }
        return new QualityReport(sbom.components().size(), present, documentGaps, components);
    }

    /** Components that lack no component-level element. */
    public int completeComponents() {
        return (int) components.stream().filter(ComponentQuality::complete).count();
    }

    /** Share of components that have the element, 0–100 (100 for an SBOM without components). */
    public int percent(QualityElement element) {
        if (element.documentLevel()) {
            return documentGaps.contains(element) ? 0 : 100;
        }
        return componentCount == 0 ? 100 : (int) Math.floor(100.0 * present.getOrDefault(element, 0) / componentCount);
    }

    private static boolean has(QualityElement element, SbomComponent c, Set<String> related) {
        return switch (element) {
            case SUPPLIER -> c.supplier() != null;
            case COMPONENT_NAME -> c.name() != null;
            case VERSION -> c.version() != null;
            case UNIQUE_IDENTIFIER -> c.purl() != null || c.cpe() != null;
            case DEPENDENCY_RELATIONSHIP -> related.contains(c.ref());
            case SUPPORT_LEVEL -> c.supportLevel() != null;
            case END_OF_SUPPORT -> c.endOfSupport() != null;
            case AUTHOR, TIMESTAMP -> true;
        };
    }
}
