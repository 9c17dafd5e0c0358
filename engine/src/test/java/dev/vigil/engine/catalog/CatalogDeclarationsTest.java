package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gaps issue 4's acceptance names for the reference model must be expressible in the catalog's
 * declarations, so the evaluator (a later change) can find them from model evidence alone.
 */
class CatalogDeclarationsTest {
    private final Catalog catalog = Catalog.load();

    @Test
    void missingCvdPolicyIsAGapAgainst524bB1AndN60Section63() {
        Evidence cvd = new Evidence.Lifecycle("monitoring.cvdPolicy");
        assertThat(catalog.requirement("fda-524b-b1").evidence()).contains(cvd);
        assertThat(catalog.requirement("imdrf-n60-6-3").evidence()).contains(cvd);
    }

    @Test
    void defaultServicePasswordFailsFdaAuthenticationAndMdr174() {
        Evidence noDefaultPassword = new Evidence.ModelFact(
                "components[].accounts[].authentication", Evidence.Operator.NOT_EQUALS, "default-password");
        FindingSelector authenticationFindings = new FindingSelector("fdaControl", "authentication");
        for (String id : List.of("fda-pre-app1-authentication", "mdr-annex-i-17-4")) {
            assertThat(catalog.requirement(id).evidence()).as(id).contains(noDefaultPassword);
            assertThat(catalog.requirement(id).blockedBy()).as(id).contains(authenticationFindings);
        }
    }

    @Test
    void missingEndOfGuaranteedSupportDateIsAGapAgainstN70() {
        assertThat(catalog.requirements("imdrf-n70"))
                .filteredOn(r -> r.evidence().contains(new Evidence.Lifecycle("endOfLife.endOfGuaranteedSupport")))
                .extracting(Requirement::id)
                .contains("imdrf-n70-5-3");
    }

    @Test
    void penetrationTestWithoutIndependentTestersIsAGapAgainstFdaTesting() {
        // either the lifecycle statement or an independent penetration test element satisfies it
        assertThat(catalog.requirement("fda-pre-v-c").evidence())
                .contains(new Evidence.AnyOf(List.of(
                        new Evidence.Lifecycle("development.penetrationTest.independent"),
                        new Evidence.Test("penetration", java.util.Optional.of(true), Evidence.Limits.NONE))));
    }

    @Test
    void siteModelsAreJudgedAgainstDittasSevenPrinciplesAndProductOnlyFrameworksDoNotApply() {
        List<Requirement> forSites = catalog.requirements().stream()
                .filter(r -> r.applicability().appliesTo("site", Set.of("eu"), false))
                .toList();
        assertThat(forSites.stream().filter(r -> r.framework().equals("ditta")))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.blockedBy()).anyMatch(s -> s.tag().equals("dittaPrinciple")));
        assertThat(forSites)
                .noneMatch(r -> r.framework().equals("fda-pre") || r.framework().equals("mdr"));
    }

    @Test
    void everyDittaPrincipleTagIsClaimedByExactlyOnePrinciple() {
        assertThat(catalog.requirements("ditta").stream()
                        .flatMap(r -> r.blockedBy().stream())
                        .filter(s -> s.tag().equals("dittaPrinciple"))
                        .map(FindingSelector::value))
                .containsExactlyInAnyOrderElementsOf(
                        catalog.evidenceVocabulary().terms("dittaPrinciple").keySet());
    }

    @Test
    void phasesAreTheModelFormatsLifecycleSections() {
        assertThat(catalog.phases())
                .extracting(Phase::lifecycleKey)
                .containsExactly("design", "development", "firstUse", "monitoring", "endOfLife");
        assertThat(catalog.evidenceVocabulary().terms("lifecycle").keySet())
                .allSatisfy(key -> assertThat(catalog.phases()).anyMatch(p -> key.startsWith(p.lifecycleKey() + ".")));
    }
}
