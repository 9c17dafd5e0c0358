package dev.vigil.engine.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class RenderingTest {

    @TempDir
    Path dir;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(DiagramFixtures.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyViewOfEveryExampleRendersToSvgNamingItsComponents(Path example) throws Exception {
        ModelIndex index = DiagramFixtures.load(example);
        for (Diagram d : Diagrams.of(index)) {
            String text = svgText(d.svg());
            assertThat(text).as(d.name()).doesNotContain("Syntax Error");
            List<String> expected =
                    switch (d.kind()) {
                        case DATA_FLOW, GLOBAL_SYSTEM -> index.components().stream()
                                .map(Labels::name)
                                .toList();
                        case USE_CASE -> index.model().useCases().stream()
                                .filter(u -> d.name().equals("use-case-" + u.id()))
                                .flatMap(u -> u.flows().stream().map(index::flow))
                                .flatMap(f -> Stream.of(f.from(), f.to()))
                                .map(id -> Labels.name(index.component(id)))
                                .toList();
                        case MULTI_PATIENT_HARM, UPDATABILITY -> List.of();
                    };
            for (String name : expected) {
                assertThat(text)
                        .as("%s of %s names %s", d.name(), example, name)
                        .contains(name);
            }
        }
    }

    @Test
    void theUpdatabilityViewMarksWhereTheSignatureIsVerifiedAndWhatCannotBeUpdated() throws Exception {
        ModelIndex index = DiagramFixtures.load(DiagramFixtures.GOLDEN.resolve("small/model.yaml"));
        Diagram updates = Diagrams.of(index).get(3);
        String text = svgText(updates.svg());
        // Two servers in the chain: the model does not say which one checks, and the view does not guess.
        assertThat(text)
                .contains(
                        "verifies signature, or another server here does (verifiedOn server)",
                        "does NOT verify the signature itself",
                        "NOT UPDATABLE",
                        "signing secret signer");
        // The gateway runs software and no update targets it.
        assertThat(updates.source()).contains("as n_gateway");
    }

    @Test
    void writeSvgCreatesTheDirectoryAndNamesTheFileAfterTheView() throws IOException {
        Diagram first = Diagrams.of(DiagramFixtures.load(DiagramFixtures.EXAMPLES.resolve("glucoflow.yaml")))
                .get(0);
        Path file = first.writeSvg(dir.resolve("out/nested"));
        assertThat(file)
                .hasFileName("data-flow.svg")
                .content()
                .startsWith("<svg")
                .contains("<svg");
    }

    @Test
    void plantUmlsErrorPictureIsAnExceptionNotADiagram() {
        Diagram broken =
                new Diagram("broken", "Broken", Diagram.Kind.DATA_FLOW, "@startuml\nthis is not plantuml\n@enduml\n");
        assertThatThrownBy(broken::svg)
                .isInstanceOf(DiagramRenderException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("line 2");
    }

    @Test
    void hostileModelTextIsDrawnLiterallyAndNeverInterpreted() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT\n");
        String evil = "!include " + secret + "\\n%getenv(\\\"HOME\\\") [[javascript:alert(1) click]] <b>x</b> @enduml";
        ModelIndex index = DiagramFixtures.yaml(
                """
                vigil: 1
                system: {id: evil, name: "EVIL", kind: product}
                zones:
                  - {id: z, name: "Zone\\n!define X 1\\n'comment", type: cloud, trust: low}
                components:
                  - {id: a, name: "%s", kind: service, zone: z}
                  - {id: b, name: "B", kind: device, zone: z}
                data: [{id: d, category: log, confidentiality: 1, integrity: 1, availability: 1}]
                flows:
                  - {id: f, from: a, to: b, protocol: "%s", data: [d]}
                useCases: [{id: u, name: "%s", flows: [f]}]
                """
                        .formatted(evil, evil, evil));
        Component a = index.component("a");
        assertThat(a.name()).hasValueSatisfying(n -> assertThat(n).startsWith("!include "));
        for (Diagram d : Diagrams.of(index)) {
            String svg = d.svg();
            String text = svgText(svg);
            assertThat(text).as(d.name()).doesNotContain("TOP-SECRET-CONTENT").doesNotContain("Syntax Error");
            // The link text is drawn as text, never turned into a link.
            assertThat(svg).as(d.name()).doesNotContain("href=").doesNotContain("<a ");
            if (d.kind() != Diagram.Kind.UPDATABILITY && d.kind() != Diagram.Kind.MULTI_PATIENT_HARM) {
                assertThat(text).as(d.name()).contains("!include " + secret).contains("%getenv(\"HOME\")");
            }
            assertThat(d.source().lines().filter(l -> l.startsWith("!")))
                    .as("only our own directives in " + d.name())
                    .allMatch(l -> l.equals("!pragma layout smetana"));
        }
    }

    @Test
    void aLargeModelIsDrawnAtZoneLevelAndSaysSoInTheTitle() {
        ModelIndex index = DiagramFixtures.yaml(DiagramFixtures.large(200));
        List<Diagram> views = Diagrams.of(index);
        for (Diagram d : views.subList(0, 3)) {
            assertThat(d.title()).as(d.name()).contains("collapsed to zone level");
            assertThat(d.source()).doesNotContain("as c_c199");
        }
        long start = System.nanoTime();
        views.forEach(d -> assertThat(d.svg()).contains("<svg"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.getLogger(getClass().getName())
                .log(System.Logger.Level.INFO, "200 components rendered in " + millis + " ms");
        assertThat(views.get(3).title()).isEqualTo("Updatability: Big fleet");
        assertThat(views.get(3).source()).contains("200 components, e.g.");
    }

    @Test
    void theDetailLimitCountsBoxesAndArrows() {
        // large(n) has n components chained by n - 1 flows: 75 + 74 fits the limit of 150, 76 + 75 does not.
        assertThat(Diagrams.of(DiagramFixtures.yaml(DiagramFixtures.large(75)))
                        .get(0)
                        .title())
                .isEqualTo("Data flow: Big fleet");
        assertThat(Diagrams.of(DiagramFixtures.yaml(DiagramFixtures.large(76)))
                        .get(0)
                        .title())
                .isEqualTo(
                        "Data flow: Big fleet (collapsed to zone level: 76 boxes and 75 arrows exceed the limit of 150)");
    }

    private static String useCaseModel(String pump, String server, String protocol, String flows) {
        return """
                vigil: 1
                system: {id: sys, name: Sys, kind: product}
                zones:
                  - {id: z, type: hospital-network, trust: medium}
                components:
                  - {id: %s, name: Pump, kind: device, zone: z}
                  - {id: %s, name: Server, kind: service, zone: z}
                data: []
                flows:
                  - {id: up, from: %s, to: %s, protocol: "%s"}
                useCases:
                  - {id: run, name: Run, flows: %s}
                """
                .formatted(pump, server, pump, server, protocol, flows);
    }

    private static Diagram useCase(String yaml) {
        return Diagrams.of(DiagramFixtures.yaml(yaml)).stream()
                .filter(d -> d.name().equals("use-case-run"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUseCaseWithoutFlowsIsDrawnAndSaysSo() throws Exception {
        Diagram d = useCase(useCaseModel("pump", "server", "https", "[]"));
        assertThat(svgText(d.svg())).contains("The use case lists no flows.");
    }

    @Test
    void aMessageLongerThanPlantUmlAcceptsIsCutWithAnEllipsis() throws Exception {
        Diagram d = useCase(useCaseModel("pump", "server", "p".repeat(3000), "[up]"));
        assertThat(svgText(d.svg())).contains("1. up: ppp").contains("\u2026");
    }

    @Test
    void veryLongIdsAreDrawnUnderShortAliasesThatStayDistinct() throws Exception {
        String pump = "pump-".repeat(300) + "a";
        String server = "pump-".repeat(300) + "b";
        assertThat(Puml.alias("c", pump)).hasSizeLessThanOrEqualTo(Puml.ALIAS_LIMIT);
        assertThat(Puml.alias("c", pump)).isNotEqualTo(Puml.alias("c", server));
        assertThat(Puml.alias("c", "pump")).isEqualTo("c_pump");
        Diagram d = useCase(useCaseModel(pump, server, "https", "[up]"));
        assertThat(svgText(d.svg())).contains("Pump").contains("Server");
    }

    /** All text the SVG draws, after XML parsing (so entities are decoded), one element per line. */
    static String svgText(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        StringBuilder text = new StringBuilder();
        var nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            text.append(nodes.item(i).getTextContent()).append('\n');
        }
        return text.toString();
    }
}
