package dev.vigil.engine.diagram;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Models for diagram tests: the examples, and YAML written next to the test that needs it. */
final class DiagramFixtures {

    static final Path EXAMPLES = Path.of("../examples");
    static final Path GOLDEN = Path.of("src/test/resources/diagrams");

    private DiagramFixtures() {}

    static ModelIndex load(Path file) {
        LoadResult result = new ModelLoader().load(file);
        if (!result.isValid()) {
            throw new AssertionError("model " + file + " is invalid: " + result.errors());
        }
        return new ModelIndex(result.orThrow());
    }

    static ModelIndex yaml(String yaml) {
        try {
            Path file = Files.createTempFile("vigil-diagram-test", ".yaml");
            try {
                Files.writeString(file, yaml);
                return load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated product of {@code n} components spread over five zones, chained by flows. */
    static String large(int n) {
        StringBuilder y = new StringBuilder(
                """
                vigil: 1
                system: {id: big, name: Big fleet, kind: product}
                zones:
                  - {id: z0, type: body-area, trust: high}
                  - {id: z1, type: personal-device, trust: low}
                  - {id: z2, type: home-network, trust: low}
                  - {id: z3, type: internet, trust: untrusted}
                  - {id: z4, type: cloud, trust: medium}
                conduits:
                  - {id: edge, between: [z3, z4], guards: [firewall]}
                data:
                  - {id: d, category: phi, confidentiality: 4, integrity: 4, availability: 3, quantity: many-patients}
                components:
                """);
        for (int i = 0; i < n; i++) {
            y.append("  - {id: c")
                    .append(i)
                    .append(", name: Component ")
                    .append(i)
                    .append(", kind: service, zone: z")
                    .append(i % 5)
                    .append(", software: {os: linux}, safety: {multiPatient: ")
                    .append(i % 7 == 0)
                    .append("}}\n");
        }
        y.append("flows:\n");
        for (int i = 1; i < n; i++) {
            y.append("  - {id: f")
                    .append(i)
                    .append(", from: c")
                    .append(i - 1)
                    .append(", to: c")
                    .append(i)
                    .append(", protocol: https, data: [d], encryption: tls1.3}\n");
        }
        y.append("useCases:\n  - {id: walk, name: Walk the chain, flows: [");
        for (int i = 1; i < Math.min(n, 30); i++) {
            y.append(i == 1 ? "" : ", ").append('f').append(i);
        }
        y.append("], state: therapy}\n");
        return y.toString();
    }
}
