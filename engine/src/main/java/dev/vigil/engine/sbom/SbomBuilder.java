package dev.vigil.engine.sbom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a format reader finds and applies the rules every format shares: canonical purls,
 * FDA support fields, unique refs, warnings. Used by one reader for one document, then discarded.
 */
final class SbomBuilder {
    private final List<SbomComponent> components = new ArrayList<>();
    private final Set<String> refs = new HashSet<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int generatedRefs;

    String warn(String warning) {
        if (warnings.size() < 1000) {
            warnings.add(warning);
        } else if (warnings.size() == 1000) {
            warnings.add("more warnings left out");
        }
        return warning;
    }

    boolean hasRef(String ref) {
        return refs.contains(ref);
    }

    /** A ref for a component that has none; never one the document uses. */
    String generatedRef() {
        String ref;
        do {
            ref = "vigil:component-" + (++generatedRefs);
        } while (refs.contains(ref));
        return ref;
    }

    /**
     * Adds a component. A ref used twice would make the dependency graph ambiguous, so the second
     * component gets a generated ref and the document a warning; the graph keeps pointing at the first.
     */
    void add(SbomComponent component) {
        SbomComponent added = component;
        if (!refs.add(component.ref())) {
            String ref = generatedRef();
            warn("component ref \"" + component.ref() + "\" is used twice; the second (" + component.displayName()
                    + ") is listed as " + ref);
            refs.add(ref);
            added = new SbomComponent(
                    ref,
                    component.type(),
                    component.group(),
                    component.name(),
                    component.version(),
                    component.purl(),
                    component.cpe(),
                    component.supplier(),
                    component.author(),
                    component.hashes(),
                    component.licenses(),
                    component.scope(),
                    component.supportLevel(),
                    component.endOfSupport());
        }
        components.add(added);
    }

    void dependsOn(String ref, List<String> on) {
        dependencies.computeIfAbsent(ref, r -> new LinkedHashSet<>()).addAll(on);
    }

    Set<String> dependencyRefs() {
        Set<String> all = new HashSet<>(dependencies.keySet());
        dependencies.values().forEach(all::addAll);
        return all;
    }

    /** The canonical form of a purl, or null with a warning when it does not parse. */
    String purl(String raw, String where) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Purls.canonical(raw.strip());
        } catch (RuntimeException e) {
            warn(where + ": unparsable purl \"" + Problems.firstLine(raw) + "\" (" + Problems.describe(e) + ")");
            return null;
        }
    }

    LocalDate endOfSupport(String raw, String where) {
        LocalDate date = SupportFields.date(raw).orElse(null);
        if (date == null && raw != null && !raw.isBlank()) {
            warn(where + ": end-of-support date \"" + raw + "\" is not an ISO date");
        }
        return date;
    }

    Instant timestamp(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(raw.strip());
            } catch (DateTimeParseException again) {
                warn("creation time \"" + raw + "\" is not an ISO date-time");
                return null;
            }
        }
    }

    Sbom build(SbomMetadata metadata) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        dependencies.forEach((ref, on) -> graph.put(ref, List.copyOf(on)));
        return new Sbom(metadata, components, graph, warnings);
    }
}
