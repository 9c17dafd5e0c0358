package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.source.InputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalog listing's filters, as {@code vigil catalog} uses them. */
class CatalogSelectionTest {

    private static final Catalog CATALOG = Catalog.load();

    @Test
    void noFilterSelectsEverything() {
        CatalogSelection all = CatalogSelection.of(CATALOG, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(all.requirements()).isEqualTo(CATALOG.requirements());
        assertThat(all.frameworks()).isEqualTo(CATALOG.frameworks());
        assertThat(all.themes()).isEqualTo(CATALOG.themes());
    }

    @Test
    void aThemeFilterKeepsOnlyFrameworksWithRequirementsInIt() {
        Theme theme = CATALOG.themes().get(0);
        CatalogSelection s = CatalogSelection.of(CATALOG, Optional.empty(), Optional.of(theme.id()), Optional.empty());
        assertThat(s.requirements()).isNotEmpty().allMatch(r -> r.themes().contains(theme.id()));
        assertThat(s.frameworks()).isNotEmpty().allMatch(f -> !s.requirementsOf(f.id())
                .isEmpty());
        assertThat(s.themes()).containsExactly(theme);
        assertThat(s.crosswalk(theme.id()).values()).allMatch(ids -> !ids.isEmpty());
    }

    @Test
    void aFrameworkFilterAloneShowsThatFramework() {
        Framework f = CATALOG.frameworks().get(0);
        CatalogSelection s = CatalogSelection.of(CATALOG, Optional.of(f.id()), Optional.empty(), Optional.empty());
        assertThat(s.frameworks()).containsExactly(f);
        assertThat(s.requirements()).isEqualTo(CATALOG.requirements(f.id()));
    }

    @Test
    void anUnknownIdIsAnInputErrorNamingTheValidOnes() {
        assertThatThrownBy(() ->
                        CatalogSelection.of(CATALOG, Optional.empty(), Optional.empty(), Optional.of("postmarket")))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "unknown phase 'postmarket' (valid: design, development, first-use, monitoring, end-of-life)");
    }
}
