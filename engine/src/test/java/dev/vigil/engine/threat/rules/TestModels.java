package dev.vigil.engine.threat.rules;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small models for rule tests, written as YAML next to the assertion that uses them. {@link #product}
 * wraps sections in a minimal valid product; the sections must define every element they reference
 * besides the wrapper's zone {@code z} and components {@code a} and {@code b}.
 */
public final class TestModels {

    private TestModels() {}

    /** A full model from YAML; fails the test with the loader's messages when it is invalid. */
    static ModelIndex load(String yaml) {
        try {
            Path file = Files.createTempFile("vigil-rule-test", ".yaml");
            try {
                Files.writeString(file, yaml);
                LoadResult result = new ModelLoader().load(file);
                if (!result.isValid()) {
                    throw new AssertionError("test model is invalid:\n"
                            + String.join(
                                    "\n",
                                    result.diagnostics().stream()
                                            .map(Object::toString)
                                            .toList()));
                }
                return new ModelIndex(result.orThrow());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A product with zone {@code z}, components {@code a} (app) and {@code b} (device), plus the given
     * extra top-level YAML (e.g. {@code data:} and {@code flows:} sections, which the wrapper leaves out).
     */
    public static ModelIndex product(String components, String sections) {
        return load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: z, type: home-network, trust: low}
                components:
                  - {id: a, kind: mobile-app, zone: z}
                  - {id: b, kind: device, zone: z}
                """
                        + components + sections);
    }

    /**
     * An update chain for update-rule tests: distribution server {@code dist} sends firmware over the
     * internet flow {@code dl} to {@code target}; update {@code u} takes that path with the given extra
     * facts (e.g. {@code ", signedWith: hsm-key, verifiedOn: device"}). Code-signing keys: {@code hsm-key}
     * in an HSM, {@code server-key} on the distribution server.
     */
    static ModelIndex updateChain(String target, String facts) {
        return load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: dosing, name: Dosing, hazards: []}]
                zones: [{id: z, type: home-network, trust: low}, {id: c, type: cloud, trust: medium}]
                components:
                  - {id: pump, kind: device, zone: z, essentialFunctions: [dosing], software: {os: Zephyr}}
                  - {id: srv, kind: service, zone: c, software: {os: Linux}}
                  - {id: dist, kind: update-server, zone: c}
                  - {id: vault, kind: hsm, zone: c}
                data: [{id: fw, category: firmware, confidentiality: 1, integrity: 5, availability: 3}]
                flows:
                  - {id: dl, from: dist, to: %s, data: [fw], network: internet, integrity: signature}
                secrets:
                  - {id: hsm-key, type: code-signing, storedIn: vault, protection: hsm}
                  - {id: server-key, type: code-signing, storedIn: dist, protection: hsm}
                updates:
                  - {id: u, target: %s, path: [dl]%s}
                """
                        .formatted(target, target, facts));
    }
}
