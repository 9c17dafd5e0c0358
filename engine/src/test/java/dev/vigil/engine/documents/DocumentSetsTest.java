package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Requirement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentSetsTest {

    private final DocumentSets sets = DocumentSets.standard();

    @Test
    void theSetsAreTheOnesTheCommandOffers() {
        assertThat(sets.ids()).containsExactly("fda", "eu", "hc", "tga", "customer", "site");
        assertThat(Documents.sets("all")).containsExactlyElementsOf(sets.ids());
    }

    @Test
    void theFdaSetFollowsTheGuidancesDocumentationOrder() {
        assertThat(sets.find("fda").orElseThrow().documents().stream().map(DocumentSets.DocumentSpec::id))
                .containsExactly("srmr", "sbom", "requirements", "traceability", "metrics", "cmp", "labeling");
    }

    @Test
    void everySectionKeyHasAWriterAndEveryWriterIsUsed() {
        Set<String> used = sets.sets().stream()
                .flatMap(s -> s.documents().stream())
                .flatMap(d -> d.sections().stream())
                .filter(k -> !k.startsWith(Sections.CHECKLIST) && !k.startsWith(Sections.PART))
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(used).isEqualTo(Sections.keys());
    }

    @Test
    void everyBasisAndChecklistNamesWhatTheCatalogHolds() {
        Catalog catalog = Catalog.load();
        Set<String> requirements = catalog.frameworks().stream()
                .flatMap(f -> f.requirements().stream())
                .map(Requirement::id)
                .collect(Collectors.toSet());
        Set<String> frameworks =
                catalog.frameworks().stream().map(Framework::id).collect(Collectors.toSet());
        sets.sets().stream().flatMap(s -> s.documents().stream()).forEach(d -> {
            assertThat(requirements).as(d.id()).containsAll(d.basis());
            d.sections().stream()
                    .filter(k -> k.startsWith(Sections.CHECKLIST))
                    .map(k -> k.substring(Sections.CHECKLIST.length()))
                    .filter(k -> sets.checklist(k).isEmpty())
                    .forEach(k -> assertThat(frameworks).contains(k));
            // a part is opened by a requirement the document answers, so its status shows in the basis too
            d.sections().stream()
                    .filter(k -> k.startsWith(Sections.PART))
                    .forEach(k -> assertThat(d.basis()).as(d.id()).contains(k.substring(Sections.PART.length())));
        });
        sets.checklists().forEach(list -> {
            assertThat(frameworks).as(list.id()).contains(list.source());
            list.rows().forEach(row -> assertThat(requirements).as(list.id()).containsAll(row));
        });
    }

    @Test
    void everySetsMarketsAreMarketsOfTheModelFormat() {
        Set<String> markets = java.util.Arrays.stream(dev.vigil.engine.model.SystemInfo.Market.values())
                .map(dev.vigil.engine.model.SystemInfo.Market::wire)
                .collect(Collectors.toSet());
        sets.sets().forEach(s -> assertThat(markets).as(s.id()).containsAll(s.markets()));
        assertThat(sets.find("eu").orElseThrow().markets()).contains("eu");
    }

    @Test
    void everyRequirementAnEuChecklistRowNamesIsHeldByADocumentOfTheEuSet() {
        var eu = sets.find("eu").orElseThrow();
        sets.checklist("eu-gspr").orElseThrow().rows().stream()
                .flatMap(List::stream)
                .forEach(id -> assertThat(
                                eu.documents().stream().filter(d -> d.basis().contains(id)))
                        .as(id)
                        .isNotEmpty());
    }
}
