package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.documents.IdPlacement.Kind;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of where each id belongs ({@link IdPlacement}) against the sets and against the documents of
 * every example, site included, as the section writers make them (the PDFs are read by
 * {@code DocumentsPdfTest}, generated models by {@code GeneratedModelsTest}).
 */
class IdPlacementTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    record Made(SystemModel model, AssessResult result, List<GeneratedDocument> documents) {}

    static Stream<String> examples() {
        return Stream.of("glucoflow", "pacemaker-system", "secure-infusion-pump", "manufacturing-site");
    }

    private static Made make(String example) {
        SystemModel model = new ModelLoader()
                .load(Path.of("../examples/" + example + ".yaml"))
                .orThrow();
        AssessResult result = new Assessor().assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE));
        return new Made(
                model,
                result,
                Documents.make(result, DocumentOptions.on(DAY), Documents.sets("all"), SourceResolver.fileSystem()));
    }

    @Test
    void theFdaSetNamesEachKindOfIdInTheDocumentsAReviewerLooksIn() {
        DocumentSets.DocumentSet fda = DocumentSets.standard().find("fda").orElseThrow();
        Map<Kind, Set<String>> derived = new TreeMap<>();
        for (DocumentSets.DocumentSpec d : fda.documents()) {
            for (String section : d.sections()) {
                IdPlacement.WHERE.getOrDefault(section, Set.of()).forEach(k -> derived.computeIfAbsent(
                                k, x -> new TreeSet<>())
                        .add(d.id()));
            }
        }
        assertThat(IdPlacement.FDA.keySet()).isEqualTo(EnumSet.allOf(Kind.class));
        IdPlacement.FDA.forEach((kind, documents) -> assertThat(derived.getOrDefault(kind, Set.of()))
                .as(kind + " must be named in these FDA documents")
                .containsAll(documents));
    }

    @Test
    void everySectionTheTableNamesExists() {
        assertThat(Sections.keys()).containsAll(IdPlacement.WHERE.keySet());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyIdOfTheExampleIsInEachSectionWhereItBelongs(String example) {
        Made m = make(example);
        assertThat(IdPlacement.missing(
                        m.model(), m.result().assessment().findings(), m.documents(), IdPlacement::modelText))
                .isEmpty();
        assertThat(IdPlacement.disabledInterfacesNotSaidSo(m.model(), m.documents()))
                .isEmpty();
    }

    /** The hazards column and the decision column of one row may not contradict each other. */
    @Test
    void aProcessGapThatLeavesHazardsOpenIsNotSaidToHaveNoHazard() {
        Made m = make("pacemaker-system");
        var gaps = m.result().assessment().findings().stream()
                .filter(f ->
                        f.score().controlled().isEmpty() && !f.score().hazards().isEmpty())
                .toList();
        assertThat(gaps).isNotEmpty();
        Section risk = m.documents().get(0).sections().stream()
                .filter(s -> s.anchor().equals("risk-assessment"))
                .findFirst()
                .orElseThrow();
        List<List<String>> rows = risk.blocks().stream()
                .filter(b -> b instanceof Block.Table)
                .flatMap(b -> ((Block.Table) b).rows().stream())
                .toList();
        for (var f : gaps) {
            assertThat(rows)
                    .filteredOn(r -> r.get(0).equals(f.id()))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .contains("not judged (not an attack path)")
                            .doesNotContain("not judged (no hazard)"));
        }
        assertThat(IdPlacement.modelText(m.documents().get(0)).get("risk-assessment"))
                .contains(gaps.size() + " not an attack path (not judged)");
    }

    @Test
    void theCheckSeesAnIdThatIsMissing() {
        Made m = make("pacemaker-system");
        GeneratedDocument srmr = m.documents().stream()
                .filter(d -> d.control().documentId().endsWith("-FDA-SRMR"))
                .findFirst()
                .orElseThrow();
        // the threat model without its tables, and a risk assessment that lost its last finding's row
        List<Section> sections = new ArrayList<>();
        for (Section s : srmr.sections()) {
            if (s.anchor().equals("threat-model")) {
                sections.add(new Section(s.anchor(), s.number(), s.title(), List.of()));
            } else if (s.anchor().equals("risk-assessment")) {
                List<Block> blocks = s.blocks().stream()
                        .map(b -> b instanceof Block.Table t
                                ? new Block.Table(
                                        t.caption(),
                                        t.header(),
                                        t.rows().subList(0, t.rows().size() - 1),
                                        t.empty())
                                : b)
                        .toList();
                sections.add(new Section(s.anchor(), s.number(), s.title(), blocks));
            } else {
                sections.add(s);
            }
        }
        GeneratedDocument broken = new GeneratedDocument(
                srmr.setId(), srmr.setTitle(), srmr.title(), srmr.fileStem(), srmr.control(), srmr.summary(), sections);
        var findings = m.result().assessment().findings();
        List<String> missing = IdPlacement.missing(m.model(), findings, List.of(broken), IdPlacement::modelText);
        String last = findings.get(findings.size() - 1).id();
        assertThat(missing)
                .anyMatch(line -> line.contains("threat-model: component implant"))
                .anyMatch(line -> line.contains("threat-model: secret"))
                .anyMatch(line -> line.contains("threat-model: update "))
                .anyMatch(line -> line.endsWith("risk-assessment: finding " + last))
                .noneMatch(line -> line.contains("residual-risk"));
    }
}
