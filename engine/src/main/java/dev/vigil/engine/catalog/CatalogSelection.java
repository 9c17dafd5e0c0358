package dev.vigil.engine.catalog;

import dev.vigil.engine.source.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code vigil catalog} lists for a framework, theme and phase filter (each optional): the requirements
 * that pass all three, the frameworks to show (a theme or phase filter hides frameworks with nothing in it;
 * a framework filter alone shows that framework) and the themes to show. Unknown ids are input errors naming
 * the valid ones.
 */
public record CatalogSelection(
        Catalog catalog, List<Framework> frameworks, List<Theme> themes, List<Requirement> requirements) {

    public CatalogSelection {
        frameworks = List.copyOf(frameworks);
        themes = List.copyOf(themes);
        requirements = List.copyOf(requirements);
    }

    /** @throws InputException when a filter names a framework, theme or phase the catalog does not have */
    public static CatalogSelection of(
            Catalog catalog, Optional<String> framework, Optional<String> theme, Optional<String> phase) {
        check("framework", framework, catalog.frameworks(), Framework::id);
        check("theme", theme, catalog.themes(), Theme::id);
        check("phase", phase, catalog.phases(), Phase::id);
        List<Requirement> selected = catalog.requirements().stream()
                .filter(r -> framework.isEmpty() || r.framework().equals(framework.get()))
                .filter(r -> theme.isEmpty() || r.themes().contains(theme.get()))
                .filter(r -> phase.isEmpty() || r.phase().equals(phase.get()))
                .toList();
        Set<String> withRequirements =
                selected.stream().map(Requirement::framework).collect(Collectors.toSet());
        List<Framework> frameworks = catalog.frameworks().stream()
                .filter(f -> framework.isEmpty() || f.id().equals(framework.get()))
                .filter(f -> (theme.isEmpty() && phase.isEmpty()) || withRequirements.contains(f.id()))
                .toList();
        List<Theme> themes = catalog.themes().stream()
                .filter(t -> theme.isEmpty() || t.id().equals(theme.get()))
                .toList();
        return new CatalogSelection(catalog, frameworks, themes, selected);
    }

    /** The selected requirements of one framework. */
    public List<Requirement> requirementsOf(String frameworkId) {
        return requirements.stream()
                .filter(r -> r.framework().equals(frameworkId))
                .toList();
    }

    /** A theme's crosswalk restricted to the selected requirements: framework id -> requirement ids, none empty. */
    public Map<String, List<String>> crosswalk(String themeId) {
        Set<Requirement> included = Set.copyOf(requirements);
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        catalog.crosswalk(themeId).forEach((fw, reqs) -> {
            List<String> ids = reqs.stream()
                    .filter(included::contains)
                    .map(Requirement::id)
                    .toList();
            if (!ids.isEmpty()) {
                rows.put(fw, ids);
            }
        });
        return rows;
    }

    private static <T> void check(String what, Optional<String> value, List<T> items, Function<T, String> id) {
        List<String> valid = items.stream().map(id).toList();
        if (value.isPresent() && !valid.contains(value.get())) {
            throw new InputException(
                    "unknown " + what + " '" + value.get() + "' (valid: " + String.join(", ", valid) + ")");
        }
    }
}
