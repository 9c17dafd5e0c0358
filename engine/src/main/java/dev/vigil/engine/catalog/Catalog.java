package dev.vigil.engine.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The harmonized regulatory catalog: frameworks and their requirements, the themes that cross-walk
 * them, the lifecycle phases and the evidence vocabulary. Read once from the class path
 * ({@code catalog/}), checked, and immutable afterwards.
 */
public final class Catalog {
    private static volatile Catalog bundled;

    private final String version;
    private final List<Framework> frameworks;
    private final List<Theme> themes;
    private final List<Phase> phases;
    private final EvidenceVocabulary evidenceVocabulary;
    private final List<KnownIsao> isaos;
    private final Map<String, Requirement> requirementsById;

    Catalog(
            String version,
            List<Framework> frameworks,
            List<Theme> themes,
            List<Phase> phases,
            EvidenceVocabulary evidenceVocabulary,
            List<KnownIsao> isaos) {
        this.version = version;
        this.frameworks = List.copyOf(frameworks);
        this.themes = List.copyOf(themes);
        this.phases = List.copyOf(phases);
        this.evidenceVocabulary = evidenceVocabulary;
        this.isaos = List.copyOf(isaos);
        // first wins on a duplicate id; CatalogCheck reports the duplicate
        this.requirementsById = frameworks.stream()
                .flatMap(f -> f.requirements().stream())
                .collect(Collectors.toMap(Requirement::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The catalog shipped with Vigil, read on first use. Throws {@link CatalogException} if it is broken. */
    public static Catalog load() {
        Catalog catalog = bundled;
        if (catalog == null) {
            synchronized (Catalog.class) {
                // a failed read is not cached: every caller gets the same CatalogException
                if (bundled == null) {
                    bundled = new CatalogReader(CatalogFiles.classpath("catalog")).read();
                }
                catalog = bundled;
            }
        }
        return catalog;
    }

    /** Reads a catalog from another source; tests use it for broken fixtures. */
    static Catalog read(CatalogFiles files) {
        return new CatalogReader(files).read();
    }

    /** The catalog's own edition (a date), so reports can say which catalog judged them. */
    public String version() {
        return version;
    }

    public List<Framework> frameworks() {
        return frameworks;
    }

    public Optional<Framework> findFramework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Every requirement, framework by framework in the source's order. */
    public List<Requirement> requirements() {
        return List.copyOf(requirementsById.values());
    }

    /** The requirements of one framework; throws {@link CatalogException} listing the ids for an unknown one. */
    public List<Requirement> requirements(String frameworkId) {
        return findFramework(frameworkId)
                .orElseThrow(() -> unknown("framework", frameworkId, ids(frameworks, Framework::id)))
                .requirements();
    }

    public Optional<Requirement> findRequirement(String id) {
        return Optional.ofNullable(requirementsById.get(id));
    }

    /** One requirement; throws {@link CatalogException} for an unknown id. */
    public Requirement requirement(String id) {
        return findRequirement(id).orElseThrow(() -> new CatalogException(List.of("unknown requirement '" + id + "'")));
    }

    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> findTheme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Phase> phases() {
        return phases;
    }

    public Optional<Phase> findPhase(String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public EvidenceVocabulary evidenceVocabulary() {
        return evidenceVocabulary;
    }

    /** The ISAOs whose naming counts as participation. */
    public List<KnownIsao> isaos() {
        return isaos;
    }

    /** The known ISAO {@code text} names, if any. */
    public Optional<KnownIsao> findIsao(String text) {
        return isaos.stream().filter(i -> i.isNamedBy(text)).findFirst();
    }

    /**
     * The crosswalk row of one theme: its requirements grouped by framework, frameworks in catalog
     * order and only those with at least one requirement in the theme.
     */
    public Map<String, List<Requirement>> crosswalk(String themeId) {
        Map<String, List<Requirement>> row = new LinkedHashMap<>();
        for (Requirement r : requirementsById.values()) {
            if (r.themes().contains(themeId)) {
                row.computeIfAbsent(r.framework(), k -> new java.util.ArrayList<>())
                        .add(r);
            }
        }
        row.replaceAll((k, v) -> List.copyOf(v));
        return row;
    }

    private static <T> String ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.joining(", "));
    }

    private static CatalogException unknown(String noun, String id, String valid) {
        return new CatalogException(List.of("unknown " + noun + " '" + id + "' (valid: " + valid + ")"));
    }
}
