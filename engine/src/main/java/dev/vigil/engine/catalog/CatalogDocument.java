package dev.vigil.engine.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code vigil catalog ... --format json} (issue 4): one record per listing, each {@code {"catalogVersion",
 * "<listing>": [...]}}, so the CLI and the server's API print the same fields. Written by {@link
 * dev.vigil.engine.render.JsonDocuments}.
 */
public final class CatalogDocument {

    private CatalogDocument() {}

    public record Frameworks(String catalogVersion, List<FrameworkEntry> frameworks) {}

    public record Requirements(String catalogVersion, List<RequirementEntry> requirements) {}

    public record Themes(String catalogVersion, List<ThemeEntry> themes) {}

    /** Frameworks with the number of the given requirements that belong to each. */
    public static Frameworks frameworks(Catalog catalog, List<Framework> frameworks, List<Requirement> counted) {
        return new Frameworks(
                catalog.version(),
                frameworks.stream()
                        .map(f -> {
                            List<Requirement> own = counted.stream()
                                    .filter(r -> r.framework().equals(f.id()))
                                    .toList();
                            return new FrameworkEntry(
                                    f.id(),
                                    f.title(),
                                    f.issuer(),
                                    f.version(),
                                    own.size(),
                                    own.stream().filter(r -> !r.verified()).count(),
                                    f.verified(),
                                    f.note(),
                                    CitationEntry.of(f.citation()),
                                    ApplicabilityEntry.of(f.applicability()));
                        })
                        .toList());
    }

    public static Requirements requirements(Catalog catalog, List<Requirement> requirements) {
        return new Requirements(
                catalog.version(),
                requirements.stream().map(RequirementEntry::of).toList());
    }

    /** The crosswalk: each theme with its requirement ids per framework, for the given requirements. */
    public static Themes themes(Catalog catalog, List<Theme> themes, List<Requirement> requirements) {
        Set<String> included = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
        return new Themes(
                catalog.version(),
                themes.stream()
                        .map(t -> {
                            Map<String, List<String>> row = new LinkedHashMap<>();
                            catalog.crosswalk(t.id()).forEach((framework, reqs) -> {
                                List<String> ids = reqs.stream()
                                        .map(Requirement::id)
                                        .filter(included::contains)
                                        .toList();
                                if (!ids.isEmpty()) {
                                    row.put(framework, ids);
                                }
                            });
                            return new ThemeEntry(t.id(), t.title(), t.summary(), row);
                        })
                        .toList());
    }

    public record FrameworkEntry(
            String id,
            String title,
            String issuer,
            String version,
            int requirements,
            long unverifiedRequirements,
            boolean verified,
            String note,
            CitationEntry citation,
            ApplicabilityEntry applicability) {}

    /** One requirement as the catalog states it; {@code needs} only when the catalog names the fact. */
    public record RequirementEntry(
            String id,
            String framework,
            String section,
            String title,
            String summary,
            List<String> themes,
            String phase,
            CitationEntry citation,
            boolean verified,
            String note,
            ApplicabilityEntry applicability,
            Map<String, List<String>> details,
            List<String> evidence,
            List<String> blockedBy,
            List<String> refersTo,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String needs) {

        static RequirementEntry of(Requirement r) {
            return new RequirementEntry(
                    r.id(),
                    r.framework(),
                    r.section(),
                    r.title(),
                    r.summary(),
                    r.themes(),
                    r.phase(),
                    CitationEntry.of(r.citation()),
                    r.verified(),
                    r.note(),
                    ApplicabilityEntry.of(r.applicability()),
                    // sorted: the catalog's map has no order of its own, and the output must not vary by run
                    new TreeMap<>(r.details()),
                    r.evidence().stream().map(Evidence::term).toList(),
                    r.blockedBy().stream().map(FindingSelector::term).toList(),
                    r.refersTo(),
                    r.needs());
        }
    }

    public record ThemeEntry(String id, String title, String summary, Map<String, List<String>> requirements) {}

    /** {@code section} and {@code text} only when the citation names a section, {@code url} only when known. */
    public record CitationEntry(
            String document,
            String documentId,
            String version,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String section,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String text,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String url) {

        static CitationEntry of(Citation c) {
            boolean sectioned = !c.section().isEmpty();
            return new CitationEntry(
                    c.document(),
                    c.documentId(),
                    c.version(),
                    sectioned ? c.section() : null,
                    sectioned ? c.text() : null,
                    c.url());
        }
    }

    /** Kinds and markets sorted; {@code ivd}, {@code classes} and {@code pathways} only when stated. */
    public record ApplicabilityEntry(
            List<String> kinds,
            List<String> markets,
            boolean cyberDeviceOnly,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean ivd,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> classes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> pathways,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> regulatoryStatus) {

        static ApplicabilityEntry of(Applicability a) {
            return new ApplicabilityEntry(
                    a.kinds().stream().sorted().toList(),
                    a.markets().stream().sorted().toList(),
                    a.cyberDeviceOnly(),
                    a.ivd().orElse(null),
                    perMarket(a.classes()),
                    perMarket(a.pathways()),
                    a.regulatoryStatus().stream().sorted().toList());
        }

        private static Map<String, List<String>> perMarket(Map<String, Set<String>> values) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            values.forEach((market, v) -> out.put(market, v.stream().sorted().toList()));
            return out;
        }
    }
}
