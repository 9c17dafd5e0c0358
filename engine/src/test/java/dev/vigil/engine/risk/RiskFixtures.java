package dev.vigil.engine.risk;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import dev.vigil.engine.threat.rules.Fact;
import dev.vigil.engine.threat.rules.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small models for scoring tests. {@link #model} fills a template: an app in a low-trust zone talks to a
 * device (essential function with a catastrophic hazard) in a high-trust zone over flow {@code f}; the
 * placeholders replace the flow's extra facts, the device's extra facts and add sections.
 */
final class RiskFixtures {

    private RiskFixtures() {}

    static ModelIndex model(String flowFacts, String deviceFacts, String sections) {
        return model(flowFacts, deviceFacts, "", sections);
    }

    /** As {@link #model(String, String, String)}, with extra items for the {@code data} section. */
    static ModelIndex model(String flowFacts, String deviceFacts, String extraData, String sections) {
        return load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: ef, name: Therapy, hazards: [hz]}]
                hazards: [{id: hz, name: Overdose, harm: Death, severity: catastrophic}]
                zones:
                  - {id: low, type: home-network, trust: low}
                  - {id: high, type: body-area, trust: high}
                components:
                  - {id: app, kind: mobile-app, zone: low}
                  - {id: dev, kind: device, zone: high, essentialFunctions: [ef]DEVICE}
                data:
                  - {id: cmd, category: therapy-command, confidentiality: 2, integrity: 5, availability: 3}
                DATAflows:
                  - {id: f, from: app, to: dev, data: [cmd]FLOW}
                """
                                .replace("DATA", extraData)
                                .replace("DEVICE", deviceFacts.isEmpty() ? "" : ", " + deviceFacts)
                                .replace("FLOW", flowFacts.isEmpty() ? "" : ", " + flowFacts)
                        + sections);
    }

    static ModelIndex load(String yaml) {
        try {
            Path file = Files.createTempFile("vigil-risk-test", ".yaml");
            try {
                Files.writeString(file, yaml);
                LoadResult result = new ModelLoader().load(file);
                if (!result.isValid()) {
                    throw new AssertionError("test model is invalid:\n" + result.diagnostics());
                }
                return new ModelIndex(result.orThrow());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleMetadata rule(String... stride) {
        return new RuleMetadata(
                "test-rule",
                "Test rule",
                RuleMetadata.Category.DEVICE,
                RuleMetadata.Scope.BOTH,
                List.of(stride),
                List.of("CWE-1"),
                List.of(),
                "p1",
                "authentication",
                List.of("hardening"),
                List.of("Fix it."),
                "Because.");
    }

    static RiskScore score(ModelIndex index, String element, Fact... facts) {
        return scoreAs(index, element, "tampering", facts);
    }

    /** Scores a weakness on {@code element} found by a rule of the given STRIDE category. */
    static RiskScore scoreAs(ModelIndex index, String element, String stride, Fact... facts) {
        return new RiskScorer(index, RiskMatrix.standard())
                .score(new Detection(rule(stride), new Hit(element, Hit.Kind.WEAKNESS, "test hit", List.of(facts))));
    }
}
