package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EU, Health Canada and TGA sets (issue 14, item 3), read from the documents made (no PDF): the GSPR
 * checklist holds exactly the rows of the sets file's MDCG 2019-16 list, numbered for the model's regulation,
 * each pointing to a document of the set that exists; the HC and TGA documents follow their guidance's parts.
 */
class RegulatorSetsTest {
    private static final Path REFERENCE = Path.of("src/test/resources/models/reference-model.yaml");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final Map<String, Requirement> CATALOG = Catalog.load().frameworks().stream()
            .flatMap(f -> f.requirements().stream())
            .collect(Collectors.toMap(Requirement::id, Function.identity()));

    @TempDir
    Path dir;

    /** The reference model with its system block edited (markets, IVD), written beside nothing it needs. */
    private SystemModel model(String markets, String ivd) throws IOException {
        String text = Files.readString(REFERENCE)
                .replace("  markets: [us, eu, ca, au, fr]\n", "  markets: " + markets + "\n" + ivd);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, text);
        var loaded = new ModelLoader().load(file);
        assertThat(loaded.errors()).isEmpty();
        return loaded.orThrow();
    }

    private static List<GeneratedDocument> documents(SystemModel model, String set) {
        AssessResult result =
                new Assessor().assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE, Output.DIAGRAMS));
        return Documents.make(result, DocumentOptions.on(DAY), List.of(set), SourceResolver.fileSystem());
    }

    private static Section section(GeneratedDocument d, String anchor) {
        return d.sections().stream()
                .filter(s -> s.anchor().equals(anchor))
                .findFirst()
                .orElseThrow(() -> new AssertionError(d.control().documentId() + " has no section " + anchor));
    }

    private static List<List<String>> rows(Section s) {
        return s.blocks().stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .findFirst()
                .orElseThrow()
                .rows();
    }

    /** The requirement ids of the GSPR checklist's rows, in order. */
    private static List<String> gsprRows(List<GeneratedDocument> eu) {
        GeneratedDocument gspr = eu.get(0);
        return rows(section(gspr, "checklist-eu-gspr")).stream()
                .map(row -> row.get(0).substring(0, row.get(0).indexOf(':')))
                .toList();
    }

    /** The rows the sets file names for a regulation: per row the alternative of that regulation, if any. */
    private static List<String> expected(String framework) {
        return DocumentSets.standard().checklist("eu-gspr").orElseThrow().rows().stream()
                .flatMap(alternatives -> alternatives.stream()
                        .filter(id -> CATALOG.get(id).framework().equals(framework))
                        .limit(1))
                .toList();
    }

    @Test
    void theGsprListIsTheMdcgTableOneRowsAndEveryIdIsInTheCatalog() {
        var list = DocumentSets.standard().checklist("eu-gspr").orElseThrow();
        assertThat(list.rows()).allSatisfy(row -> assertThat(CATALOG.keySet()).containsAll(row));
        // MDCG 2019-16 section 1.3, Table 1: 17 MDR rows; three have no IVDR counterpart (18.8, 22.1, 23.4(g))
        assertThat(expected("mdr"))
                .extracting(id -> CATALOG.get(id).section())
                .containsExactly(
                        "Annex I 1",
                        "Annex I 2",
                        "Annex I 3",
                        "Annex I 4",
                        "Annex I 8",
                        "Annex I 14.1",
                        "Annex I 14.2(d)",
                        "Annex I 14.5",
                        "Annex I 17.1",
                        "Annex I 17.2",
                        "Annex I 17.4",
                        "Annex I 18.8",
                        "Annex I 22.1",
                        "Annex I 23.1(g)",
                        "Annex I 23.2(m)",
                        "Annex I 23.4(g)",
                        "Annex I 23.4(ab)");
        assertThat(expected("ivdr"))
                .extracting(id -> CATALOG.get(id).section())
                .containsExactly(
                        "Annex I 1",
                        "Annex I 2",
                        "Annex I 3",
                        "Annex I 4",
                        "Annex I 8",
                        "Annex I 13.1",
                        "Annex I 13.2(d)",
                        "Annex I 13.5",
                        "Annex I 16.1",
                        "Annex I 16.2",
                        "Annex I 16.4",
                        "Annex I 20.1(g)",
                        "Annex I 20.2(m)",
                        "Annex I 20.4.1(ah)");
    }

    @Test
    void aDeviceGetsTheMdrRowsEachHeldByADocumentOfTheSet() throws IOException {
        List<GeneratedDocument> eu = documents(model("[us, eu]", ""), "eu");
        assertThat(gsprRows(eu)).containsExactlyElementsOf(expected("mdr"));
        assertThat(eu.get(0).summary())
                .noneMatch(line -> line.startsWith("The model does not name"))
                .anyMatch(line -> line.startsWith("Checklist of Regulation (EU) 2017/745, "
                        + expected("mdr").size() + " requirements: "));
        assertHeldInTheSet(eu);
        // the IVDR counterparts are left out of the regulatory basis, not listed as not applicable
        GeneratedDocument techdoc = eu.get(1);
        assertThat(techdoc.sections().stream().map(Section::anchor).toList())
                .containsSubsequence(
                        "part-mdcg-2019-16-2-3",
                        "scope",
                        "part-mdcg-2019-16-3-4",
                        "risk-assessment",
                        "part-mdcg-2019-16-3-7",
                        "tests",
                        "part-mdcg-2019-16-5",
                        "management-plan",
                        "regulatory-basis");
        assertThat(rows(section(techdoc, "regulatory-basis")))
                .extracting(r -> r.get(0))
                .contains("mdr-annex-i-17-2", "mdr-art-83")
                .noneMatch(id -> id.startsWith("ivdr-"));
    }

    @Test
    void anIvdGetsTheIvdrNumbering() throws IOException {
        List<GeneratedDocument> eu = documents(model("[us, eu]", "  ivd: true\n"), "eu");
        assertThat(gsprRows(eu)).containsExactlyElementsOf(expected("ivdr")).noneMatch(id -> id.startsWith("mdr-"));
        assertHeldInTheSet(eu);
        assertThat(rows(section(eu.get(2), "regulatory-basis")))
                .extracting(r -> r.get(0))
                .contains("ivdr-annex-i-20-4-ah")
                .noneMatch(id -> id.startsWith("mdr-"));
    }

    @Test
    void aModelOutsideTheEuMarketStillGetsTheWholeSetSayingWhyNothingApplies() throws IOException {
        List<GeneratedDocument> eu = documents(model("[us]", ""), "eu");
        assertThat(eu)
                .extracting(d -> d.control().documentId())
                .containsExactly("GLUCOFLOW-EU-GSPR", "GLUCOFLOW-EU-TECHDOC", "GLUCOFLOW-EU-IFU");
        assertThat(eu).allSatisfy(d -> assertThat(d.summary())
                .anyMatch(line ->
                        line.startsWith("The model does not name this set's market (eu, fr; system.markets is us)")));
        Section checklist = section(eu.get(0), "checklist-eu-gspr");
        assertThat(rows(checklist)).hasSize(expected("mdr").size()).allSatisfy(r -> assertThat(r.get(2))
                .startsWith("not-applicable"));
        assertThat(checklist.blocks())
                .filteredOn(Block.Paragraph.class::isInstance)
                .extracting(b -> ((Block.Paragraph) b).text())
                .anyMatch(t -> t.startsWith("None of these requirements applies to this model: system.markets is us"));
    }

    private static void assertHeldInTheSet(List<GeneratedDocument> set) {
        Set<String> ids = set.stream().map(d -> d.control().documentId()).collect(Collectors.toSet());
        for (List<String> row : rows(section(set.get(0), "checklist-eu-gspr"))) {
            List<String> holders = List.of(row.get(5).split(", "));
            assertThat(ids).as(row.get(0)).containsAll(holders);
        }
    }

    @Test
    void healthCanadaFollowsTheElementsOfItsGuidanceInOrderEachNamingItsSections() throws IOException {
        GeneratedDocument hc = documents(model("[us, ca]", ""), "hc").get(0);
        List<String> anchors = hc.sections().stream().map(Section::anchor).toList();
        assertThat(anchors)
                .containsSubsequence(
                        "checklist-hc",
                        "part-hc-secure-design",
                        "threat-model",
                        "part-hc-risk-management",
                        "risk-assessment",
                        "part-hc-verification",
                        "tests",
                        "part-hc-monitoring-response",
                        "management-plan",
                        "regulatory-basis");
        Section design = section(hc, "part-hc-secure-design");
        int first = Integer.parseInt(design.number()) + 1;
        int last = Integer.parseInt(section(hc, "part-hc-risk-management").number()) - 1;
        assertThat(design.blocks())
                .extracting(b -> ((Block.Paragraph) b).text())
                .contains("Sections " + first + " to " + last + " hold its evidence.");
        // the checklist points into this document, the one document of the set
        assertThat(rows(section(hc, "checklist-hc")))
                .allSatisfy(r -> assertThat(r.get(5)).isEqualTo("GLUCOFLOW-HC-PREMARKET"));
    }

    @Test
    void tgaFollowsItsGuidancesPartsWithTheEssentialPrinciplesChecklist() throws IOException {
        GeneratedDocument tga = documents(model("[au]", ""), "tga").get(0);
        assertThat(tga.sections().stream().map(Section::anchor).toList())
                .containsSubsequence(
                        "checklist-tga",
                        "part-tga-essential-principles",
                        "checklist-tga-ep",
                        "part-tga-premarket-risk",
                        "risk-assessment",
                        "part-tga-premarket-information",
                        "part-tga-postmarket-monitoring",
                        "management-plan");
        assertThat(rows(section(tga, "checklist-tga-ep")))
                .extracting(r -> r.get(1))
                .anyMatch(s -> s.startsWith("Schedule 1, EP 12.1(1)"))
                .anyMatch(s -> s.startsWith("Schedule 1, EP 13B"));
        assertThat(rows(section(tga, "checklist-tga-ep")))
                .allSatisfy(r -> assertThat(r.get(5)).isEqualTo("GLUCOFLOW-TGA-SUBMISSION"));
    }
}
