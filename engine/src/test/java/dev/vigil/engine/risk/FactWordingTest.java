package dev.vigil.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scoring reads typed facts, so how a fact is worded for people cannot move any score. */
class FactWordingTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void rewordingEveryFactLeavesEveryScoreOfTheExamplesUnchanged() throws IOException {
        List<ModelIndex> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> models.add(load(f)));
        }
        // The unlocked debug port is the case where scoring reads a rule's facts; make sure it is covered.
        models.add(RiskFixtures.model(
                "network: internet",
                "hardening: {debugPortsLocked: false}, interfaces: [{id: port, type: jtag, enabledInField: true}]",
                ""));
        int compared = 0;
        int typed = 0;
        for (ModelIndex index : models) {
            for (Detection d : new ThreatEngine().run(index)) {
                Detection reworded = new Detection(d.rule(), d.hit().reworded(FactWordingTest::otherWording));
                if (!d.hit().facts().isEmpty()) {
                    assertThat(reworded.hit().facts())
                            .doesNotContainAnyElementsOf(d.hit().facts());
                }
                RiskScore original = new RiskScorer(index, RiskMatrix.standard()).score(d);
                RiskScore after = new RiskScorer(index, RiskMatrix.standard()).score(reworded);
                assertThat(after).as(d.id()).isEqualTo(original);
                compared++;
                typed += d.hit().typedFacts().isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).isGreaterThan(20);
        assertThat(typed).as("findings with typed facts").isPositive();
    }

    private static String otherWording(String fact) {
        return "the model says: " + new StringBuilder(fact).reverse();
    }

    private static ModelIndex load(Path file) {
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.isValid())
                .as(file + " loads: " + result.diagnostics())
                .isTrue();
        return new ModelIndex(result.orThrow());
    }
}
