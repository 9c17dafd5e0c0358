package dev.vigil.engine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated PlantUML text, compared with reviewed golden files (text, not pixels: pixel output
 * depends on fonts). After an intended change, regenerate with {@code -Dvigil.updateGolden=true} and
 * review the diff like code.
 */
class GoldenDiagramsTest {

    static final boolean UPDATE = Boolean.getBoolean("vigil.updateGolden");

    @Test
    void glucoflowViewsMatchTheirGoldenText() throws IOException {
        assertGolden(DiagramFixtures.load(DiagramFixtures.EXAMPLES.resolve("glucoflow.yaml")), "glucoflow");
    }

    @Test
    void smallFixtureViewsMatchTheirGoldenText() throws IOException {
        assertGolden(DiagramFixtures.load(DiagramFixtures.GOLDEN.resolve("small/model.yaml")), "small");
    }

    @Test
    void theViewsComeInAFixedOrderWithOneSequenceDiagramPerUseCase() {
        List<Diagram> views = Diagrams.of(DiagramFixtures.load(DiagramFixtures.EXAMPLES.resolve("glucoflow.yaml")));
        assertThat(views)
                .extracting(Diagram::name)
                .containsExactly(
                        "data-flow",
                        "global-system",
                        "multi-patient-harm",
                        "updatability",
                        "use-case-firmware-update",
                        "use-case-pairing",
                        "use-case-remote-bolus");
        assertThat(views.get(5).title()).isEqualTo("Use case pairing: Pair phone with pump (state pairing)");
        assertThat(views.get(5).kind()).isEqualTo(Diagram.Kind.USE_CASE);
    }

    @Test
    void reorderingTheModelsListsDoesNotChangeTheGraphViews() throws IOException {
        String yaml = Files.readString(DiagramFixtures.GOLDEN.resolve("small/model.yaml"));
        String monitor = yaml.substring(yaml.indexOf("  - id: monitor"), yaml.indexOf("  - id: gateway"));
        String gateway = yaml.substring(yaml.indexOf("  - id: gateway"), yaml.indexOf("  - id: fleet"));
        String swapped = yaml.replace(monitor + gateway, gateway + monitor);
        assertThat(swapped).isNotEqualTo(yaml);
        List<Diagram> original = Diagrams.of(DiagramFixtures.yaml(yaml));
        List<Diagram> reordered = Diagrams.of(DiagramFixtures.yaml(swapped));
        assertThat(reordered)
                .extracting(Diagram::source)
                .isEqualTo(original.stream().map(Diagram::source).toList());
    }

    private static void assertGolden(ModelIndex index, String dir) throws IOException {
        List<Diagram> views = Diagrams.of(index);
        Path goldenDir = DiagramFixtures.GOLDEN.resolve(dir);
        for (Diagram d : views) {
            Path golden = goldenDir.resolve(d.name() + ".puml");
            if (UPDATE) {
                Files.writeString(golden, d.source(), StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file for %s", d.name()).exists();
            assertThat(d.source()).as(d.name()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        try (Stream<Path> files = Files.list(goldenDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".puml")))
                    .as("no golden file without a view")
                    .containsExactlyInAnyOrderElementsOf(
                            views.stream().map(d -> d.name() + ".puml").toList());
        }
        // A second run over the same model gives byte-identical text.
        assertThat(Diagrams.of(index)).isEqualTo(views);
    }
}
