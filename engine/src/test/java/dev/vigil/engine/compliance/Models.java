package dev.vigil.engine.compliance;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Models for compliance tests: the shipped examples and small YAML models written next to the assertion. */
final class Models {

    private Models() {}

    /** A file under the repository root, e.g. {@code examples/glucoflow.yaml}. */
    static SystemModel repositoryFile(String path) {
        return load(Path.of("..").resolve(path));
    }

    static SystemModel load(Path file) {
        LoadResult result = new ModelLoader().load(file);
        if (!result.isValid()) {
            throw new AssertionError("test model is invalid:\n" + result.diagnostics());
        }
        return result.orThrow();
    }

    /** A model from YAML, written into {@code dir} (so SBOM paths can point next to it). */
    static SystemModel yaml(Path dir, String yaml) {
        try {
            Path file = dir.resolve("model.yaml");
            Files.writeString(file, yaml);
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A product sold in the US with zone {@code z}, device {@code dev} (with the given extra component
     * lines) and the given further sections.
     */
    static SystemModel product(Path dir, String system, String device, String sections) {
        return yaml(
                dir,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, markets: [us]%s}
                zones:
                  - {id: z, type: home-network, trust: low}
                components:
                  - {id: dev, kind: device, zone: z, owner: manufacturer%s}
                data: []
                flows: []
                """
                                .formatted(system, device)
                        + sections);
    }
}
