package dev.vigil.engine.mds2;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made models whose facts force known MDS2 answers, and the shipped examples. */
final class Mds2Models {
    static final Path GLUCOFLOW = Path.of("../examples/glucoflow.yaml");

    private Mds2Models() {}

    static SystemModel load(Path file) {
        LoadResult result = new ModelLoader().load(file);
        if (!result.isValid()) {
            throw new AssertionError("model " + file + " is invalid: " + result.errors());
        }
        return result.orThrow();
    }

    /** A pump and a hospital server; {@code PUMP} and {@code SERVER} take extra component facts. */
    static SystemModel pump(String pumpFacts, String serverFacts) {
        return yaml(
                """
                vigil: 1
                system: {id: p, name: Pump, kind: product, manufacturer: Maker}
                zones:
                  - {id: body, type: body-area, trust: high}
                  - {id: net, type: hospital-network, trust: medium}
                components:
                  - {id: pump, kind: device, zone: body, stores: [phi]PUMP}
                  - {id: server, kind: service, zone: net, owner: hdo, stores: [phi]SERVER}
                data:
                  - {id: phi, category: phi, confidentiality: 5, integrity: 4, availability: 3}
                flows:
                  - {id: up, from: pump, to: server, data: [phi], network: local, encryption: none, authentication: none}
                """
                        .replace("PUMP", pumpFacts.isEmpty() ? "" : ", " + pumpFacts)
                        .replace("SERVER", serverFacts.isEmpty() ? "" : ", " + serverFacts));
    }

    static SystemModel yaml(String yaml) {
        try {
            Path file = Files.createTempFile("vigil-mds2-test", ".yaml");
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
}
