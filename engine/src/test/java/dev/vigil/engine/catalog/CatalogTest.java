package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalog loads, is consistent, and holds the structure issue 4 asks for. */
class CatalogTest {
    private final Catalog catalog = Catalog.load();

    @Test
    void bundledCatalogLoadsOnceAndIsShared() {
        assertThat(Catalog.load()).isSameAs(catalog);
    }

    @Test
    void everyFrameworkOfTheIssueIsPresent() {
        assertThat(catalog.frameworks().stream().map(Framework::id))
                .containsExactly(
                        "fda-pre",
                        "fda-524b",
                        "fda-post",
                        "mdr",
                        "ivdr",
                        "mdcg-2019-16",
                        "imdrf-n60",
                        "imdrf-n70",
                        "imdrf-n73",
                        "hc",
                        "tga",
                        "tga-ep",
                        "uk-mdr",
                        "jp-mhlw",
                        "ansm",
                        "ditta",
                        "nis2",
                        "cra",
                        "iec-81001-5-1",
                        "iec-62443-4-1",
                        "iec-62443-4-2",
                        "iec-62443-3-2",
                        "mds2",
                        "aami-sw96",
                        "aami-tir57",
                        "aami-tir97");
    }

    @Test
    void dittaHasItsSevenPrinciplesEachWithThreatsRecommendationsAndStandards() {
        List<Requirement> principles = catalog.requirements("ditta");
        assertThat(principles)
                .extracting(Requirement::section)
                .containsExactly(
                        "Principle 1",
                        "Principle 2",
                        "Principle 3",
                        "Principle 4",
                        "Principle 5",
                        "Principle 6",
                        "Principle 7");
        assertThat(principles)
                .allSatisfy(
                        p -> assertThat(p.details()).containsKeys("threats", "recommendations", "referenceStandards"))
                .allSatisfy(p -> assertThat(p.applicability().kinds()).containsExactly("site"));
    }

    @Test
    void fdaPremarketHasFourArchitectureViewsAndEightControlCategories() {
        List<Requirement> fda = catalog.requirements("fda-pre");
        assertThat(fda.stream().filter(r -> r.section().equals("V.B.2"))).hasSize(4);
        assertThat(fda.stream()
                        .flatMap(r -> r.evidence().stream())
                        .filter(e -> e instanceof Evidence.Control)
                        .map(Evidence::term)
                        .collect(Collectors.toSet()))
                .hasSize(8);
    }

    @Test
    void ansmHasItsFivePhasesInOrder() {
        assertThat(catalog.requirements("ansm").stream().map(Requirement::phase).distinct())
                .containsExactly("design", "development", "first-use", "monitoring", "end-of-life");
    }

    @Test
    void imdrfN70MapsItsFourStagesOntoPhases() {
        assertThat(catalog.requirements("imdrf-n70").stream()
                        .filter(r -> r.title().startsWith("Stage"))
                        .map(r -> r.title().substring(0, 7) + "->" + r.phase()))
                .containsExactly(
                        "Stage 1->development", "Stage 2->monitoring", "Stage 3->end-of-life", "Stage 4->end-of-life");
    }

    @Test
    void section524bAppliesOnlyToCyberDevicesInTheUs() {
        Requirement b1 = catalog.requirement("fda-524b-b1");
        assertThat(b1.applicability().appliesTo("product", java.util.Set.of("us"), true))
                .isTrue();
        assertThat(b1.applicability().appliesTo("product", java.util.Set.of("us"), false))
                .isFalse();
        assertThat(b1.applicability().appliesTo("product", java.util.Set.of("eu"), true))
                .isFalse();
    }

    @Test
    void everyRequirementHasACitationAThemeAndEvidence() {
        assertThat(catalog.requirements())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.citation().section()).isNotBlank())
                .allSatisfy(r -> assertThat(r.citation().documentId()).isNotBlank())
                .allSatisfy(r -> assertThat(r.themes()).isNotEmpty())
                .allSatisfy(r -> assertThat(r.evidence()).isNotEmpty());
    }

    @Test
    void unverifiedRequirementsSayWhatIsUnchecked() {
        assertThat(catalog.requirements().stream().filter(r -> !r.verified()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.note()).isNotBlank());
    }

    @Test
    void crosswalkGroupsAThemesRequirementsByFramework() {
        var row = catalog.crosswalk("coordinated-disclosure");
        assertThat(row.get("fda-524b")).extracting(Requirement::id).containsExactly("fda-524b-b1");
        assertThat(row.get("imdrf-n60")).extracting(Requirement::id).contains("imdrf-n60-6-3");
        assertThat(row).doesNotContainKey("ditta");
    }

    @Test
    void unknownRequirementIsAnErrorNamingIt() {
        assertThatThrownBy(() -> catalog.requirement("fda-pre-nope"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("fda-pre-nope");
        assertThat(catalog.findRequirement("fda-pre-nope")).isEmpty();
    }

    @Test
    void unknownFrameworkIsAnErrorListingTheValidIds() {
        assertThatThrownBy(() -> catalog.requirements("fda"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("'fda'")
                .hasMessageContaining("fda-pre, fda-524b");
    }
}
